/// One failed export in the support e-mail.
struct SupportFailureView {
    var exportUUID: String
    /// The raw type (`operator`…), as the support team searches for it.
    var type: String
    var periodStart: String
    var periodEnd: String
    /// The stored `params` JSON.
    var params: String
    /// The error message of the last attempt.
    var error: String
    var attempts: Int
    /// When the failure was recorded.
    var failedAt: String
}
