/// A data.gouv.fr call that did not succeed: the operation, the status and the message of the
/// answer, with what to check for the statuses that retrying cannot fix.
struct DatagouvError: Error, CustomStringConvertible {
    /// What was asked (`GET dataset`, `POST upload`…).
    let operation: String
    /// The HTTP status, 0 when no answer came.
    let status: Int
    /// The answer's message (udata's `message`), or the transport failure.
    let message: String

    /// Whether another attempt may succeed: 429, 5xx and transport failures.
    var isRetryable: Bool { status == 0 || status == 429 || status >= 500 }

    var description: String {
        let answer = status == 0 ? "no answer" : "HTTP \(status)"
        let hint: String
        switch status {
        case 401: hint = " (check DATAGOUV_API_KEY)"
        case 403: hint = " (the API key's owner may not edit DATAGOUV_DATASET)"
        case 404: hint = " (check DATAGOUV_URL and DATAGOUV_DATASET)"
        default: hint = ""
        }
        return "data.gouv.fr \(operation) failed: \(answer): \(message)\(hint)"
    }
}
