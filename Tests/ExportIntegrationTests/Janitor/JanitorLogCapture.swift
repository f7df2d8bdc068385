import Logging
import Synchronization

/// Every line logged through its loggers, rendered with metadata, so that a test can search the
/// service's log output.
final class JanitorLogCapture: Sendable {
    private let lines = Mutex<[String]>([])

    /// A logger at `trace` level whose output this capture keeps.
    func logger() -> Logger {
        Logger(label: "export-janitor") { label in Handler(label: label, capture: self) }
    }

    /// What was logged so far, one line per entry.
    var output: String { lines.withLock { $0.joined(separator: "\n") } }

    /// Appends one rendered entry.
    fileprivate func append(_ line: String) { lines.withLock { $0.append(line) } }

    /// The handler feeding the capture.
    private struct Handler: LogHandler {
        let label: String
        let capture: JanitorLogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            capture.append("\(event.level) \(event.message) \(merged.map { "\($0)=\($1)" }.sorted())")
        }
    }
}
