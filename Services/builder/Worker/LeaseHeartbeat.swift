import ExportStore
import Logging

/// Renews an attempt's lease every `interval` while it runs, beside the build and the upload,
/// and raises the stop signal when the export was cancelled or taken back. A beat that fails
/// (database unreachable) is logged and retried at the next interval: the lease time-out is
/// several intervals long.
struct LeaseHeartbeat: Sendable {
    let queue: ExportQueue
    let lease: Lease
    let interval: Duration
    let stop: StopSignal
    let logger: Logger

    /// Beats until the calling task is cancelled or the lease is no longer held.
    func run() async {
        while true {
            do {
                try await Task.sleep(for: interval)
            } catch {
                return
            }
            do {
                switch try await queue.heartbeat(lease) {
                case .held: continue
                case .canceled: stop.raise(.canceled)
                case .lost: stop.raise(.lost)
                }
                return
            } catch {
                if Task.isCancelled { return }
                logger.warning(
                    "heartbeat failed", metadata: ["export": "\(lease.uuid)", "error": "\(String(reflecting: error))"])
            }
        }
    }
}
