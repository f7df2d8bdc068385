import ExportModels
import ExportStore
import Logging
import ServiceLifecycle

/// Takes pending exports from the queue and runs them, up to `BUILDER_CONCURRENCY` at once:
/// each slot claims, runs the export to its end, and claims again until the queue is empty or
/// the process is shutting down.
struct QueueDrainer: Sendable {
    let queue: ExportQueue
    let rescue: LeaseRescue
    let sweep: WorkFolderSweep
    let job: ExportJob
    let settings: BuilderSettings
    let metrics: BuilderMetrics
    let logger: Logger

    /// Takes back the exports whose builder stopped beating and removes the scratch folders such
    /// builders left; a failure is logged.
    func rescueStaleLeases() async {
        await sweep.run()
        do {
            let rescued = try await rescue.rescueStale(
                leaseTimeoutSeconds: settings.leaseTimeoutSeconds, maxAttempts: settings.maxAttempts)
            metrics.recordRescues(rescued.count)
            for uuid in rescued {
                logger.warning("export taken back from a builder that stopped beating", metadata: ["export": "\(uuid)"])
            }
        } catch {
            logger.error("could not rescue stale exports", metadata: ["error": "\(String(reflecting: error))"])
        }
    }

    /// One slot's work: claims and runs exports one after the other until none is pending, the
    /// claim fails (logged; the next wake-up tries again) or shutdown begins.
    func drainSlot() async {
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            let claimed: (Lease, ExportRecord)?
            do {
                claimed = try await queue.claim()
            } catch {
                logger.error("could not claim an export", metadata: ["error": "\(String(reflecting: error))"])
                return
            }
            guard let (lease, record) = claimed else { return }
            await job.run(lease, record)
        }
    }

    /// The one-shot form: rescues stale exports, then runs every pending export with all the
    /// slots and returns when none is left.
    func drainAll() async {
        await rescueStaleLeases()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<settings.concurrency {
                group.addTask { await drainSlot() }
            }
        }
    }
}
