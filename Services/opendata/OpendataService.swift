import ExportLogging
import ExportRuntime
import Logging
import ServiceLifecycle

/// `export-opendata run`: `opendata:publish` for the default month every `OPENDATA_INTERVAL`
/// seconds until graceful shutdown. A failed round is logged and tried again at the next one.
struct OpendataService: Service {
    let publisher: OpendataPublisher
    let intervalSeconds: Int
    let logger: Logger

    /// Runs rounds until the service group shuts down.
    func run() async throws {
        try await RepeatingService(every: .seconds(intervalSeconds)) { await publishLoggingFailure() }.run()
    }

    /// One round; a failure is logged, never thrown.
    private func publishLoggingFailure() async {
        do {
            let outcome = try await publisher.publish(month: nil, force: false)
            logger.info("open-data publish round done", metadata: .fields([.opendataOutcome: outcome]))
        } catch is CancellationError {
            return
        } catch {
            logger.error("open-data publish round failed", metadata: .fields([.error: error]))
        }
    }
}
