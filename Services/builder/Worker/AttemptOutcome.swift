import ExportLogging
import ExportStore

/// How one attempt at an export ended.
enum AttemptOutcome: Sendable {
    /// The file is stored (in `upload`) and the success recorded.
    case succeeded(file: StoredExportFile, rows: Int, upload: Duration)
    /// The attempt failed; `detail` is the underlying error, for the log only.
    case failed(ExportFailure, detail: String)
    /// The attempt was stopped before its end.
    case stopped(StopReason)
}

extension AttemptOutcome {
    /// The outcome of `error` thrown in `phase`: a stop when the lease was lost, a final
    /// failure when the input is bad, else a failure another attempt may fix.
    static func from(_ error: any Error, phase: String, genericMessage: String) -> AttemptOutcome {
        switch error {
        case is LeaseLostError:
            .stopped(.lost)
        case let input as ExportInputError:
            .failed(ExportFailure(message: input.message, phase: phase, retryable: false), detail: input.message)
        default:
            .failed(ExportFailure(message: genericMessage, phase: phase), detail: LogText.of(error))
        }
    }
}
