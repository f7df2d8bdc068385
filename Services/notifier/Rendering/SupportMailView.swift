/// What the `support` templates read: every failure since the previous support e-mail.
struct SupportMailView {
    /// `1 export`, `3 exports`.
    var failureCount: String
    /// One failure: the verbs agree with it.
    var isSingle: Bool
    var failures: [SupportFailureView]
}
