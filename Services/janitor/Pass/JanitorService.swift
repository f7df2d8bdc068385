import ExportRuntime
import Logging
import ServiceLifecycle

/// `export-janitor run`: a pass every `JANITOR_INTERVAL` seconds until graceful shutdown. A
/// failed pass is logged and the next one tried at the next interval.
struct JanitorService: Service {
    /// The pass to repeat.
    let pass: JanitorPass

    /// Runs passes until the service group shuts down.
    func run() async throws {
        try await RepeatingService(every: .seconds(pass.settings.intervalSeconds)) { await runLoggingFailure() }.run()
    }

    /// One pass; failed steps are logged, never thrown, so that the next interval tries again.
    private func runLoggingFailure() async {
        let report = await pass.run()
        if !report.isEmpty { pass.logger.info("janitor pass done", metadata: report.metadata) }
    }
}
