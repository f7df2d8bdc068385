import ExportLogging
import ExportStore
import Logging

/// Renews an attempt's lease every `interval` while it runs, beside the build and the upload,
/// records each renewal in `deadline`, and raises the stop signal when the export was cancelled
/// or taken back. A beat that fails (database unreachable) is logged and retried at the next
/// interval: the lease time-out is several intervals long, and `deadline` stops the attempt
/// when no beat succeeds for too long.
struct LeaseHeartbeat: Sendable {
    let queue: ExportQueue
    let lease: Lease
    let interval: Duration
    let stop: StopSignal
    let deadline: LeaseDeadline
    let logger: Logger

    /// Beats until the calling task is cancelled or the lease is no longer held.
    func run() async {
        while true {
            do {
                try await Task.sleep(for: interval)
            } catch {
                return
            }
            let sent = ContinuousClock.now
            do {
                switch try await queue.heartbeat(lease) {
                case .held:
                    deadline.renewed(sentAt: sent)
                    continue
                case .canceled: stop.raise(.canceled)
                case .lost: stop.raise(.lost)
                }
                return
            } catch {
                if Task.isCancelled { return }
                logger.warning(
                    "heartbeat failed", metadata: .fields([.exportUUID: lease.uuid, .error: error]))
            }
        }
    }
}
