import ExportLogging
import Logging
import Metrics
import ServiceLifecycle

/// The delivery loop of `export-notifier serve`: a run at start, then one at each wake-up
/// (`POST /v1/deliver`) or every `NOTIFIER_POLL_INTERVAL` seconds. At graceful shutdown the
/// message being sent is finished and recorded before the loop stops.
struct DeliveryService: Service {
    let run: DeliveryRun
    let wakeUps: DeliveryWakeUps
    let pollInterval: Duration

    /// Runs done, whatever their outcome (`notifier_delivery_runs_total`).
    private let runs = Counter(label: "notifier_delivery_runs_total")

    /// Creates the loop over `run`, woken by `wakeUps` or every `pollInterval`.
    init(run: DeliveryRun, wakeUps: DeliveryWakeUps, pollInterval: Duration) {
        self.run = run
        self.wakeUps = wakeUps
        self.pollInterval = pollInterval
    }

    func run() async throws {
        await withGracefulShutdownHandler {
            while !Task.isShuttingDownGracefully {
                await deliverLoggingFailure()
                if Task.isShuttingDownGracefully { break }
                await wakeUps.wait(timeout: pollInterval)
            }
        } onGracefulShutdown: {
            wakeUps.signal()
        }
    }

    /// One run; a failure (database unreachable…) is logged and the next wake-up tries again.
    private func deliverLoggingFailure() async {
        do {
            let report = try await run.deliverPending()
            if report != DeliveryReport() {
                run.logger.info(
                    "delivery run done",
                    metadata: .fields([
                        .notificationSent: report.sent, .notificationRetried: report.retried,
                        .notificationFailed: report.failed,
                    ]))
            }
        } catch {
            run.logger.error("delivery run failed", metadata: .fields([.error: error]))
        }
        runs.increment()
    }
}
