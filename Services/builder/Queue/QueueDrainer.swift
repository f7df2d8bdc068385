import ExportConfiguration
import ExportLogging
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
                leaseTimeoutSeconds: settings.queue.leaseTimeoutSeconds, maxAttempts: settings.queue.maxAttempts)
            metrics.recordRescues(rescued.count)
            for uuid in rescued {
                logger.warning(
                    "export taken back from a builder that stopped beating", metadata: .fields([.exportUUID: uuid]))
            }
        } catch {
            logger.error("could not rescue stale exports", metadata: .fields([.error: error]))
        }
    }

    /// One slot's work: claims and runs exports one after the other until none is pending, the
    /// claim fails (logged; the next wake-up tries again) or shutdown begins. Returns false when
    /// it stopped because the queue could not be read.
    @discardableResult
    func drainSlot() async -> Bool {
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            let claimed: (Lease, ExportRecord)?
            let sent = ContinuousClock.now
            do {
                claimed = try await queue.claim()
            } catch {
                logger.error("could not claim an export", metadata: .fields([.error: error]))
                return false
            }
            guard let (lease, record) = claimed else { return true }
            await job.run(lease, record, claimSentAt: sent)
        }
        return true
    }

    /// The one-shot form: rescues stale exports, then runs every pending export with all the
    /// slots and returns when none is left; throws when the queue could not be read, so that a
    /// cron run that did nothing says so.
    func drainAll() async throws {
        await rescueStaleLeases()
        let drained = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<settings.concurrency {
                group.addTask { await drainSlot() }
            }
            return await group.reduce(true) { $0 && $1 }
        }
        guard drained else { throw QueueUnavailableError() }
    }
}
