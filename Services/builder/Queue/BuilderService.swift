import ExportLogging
import ExportPostgres
import ExportStore
import Logging
import ServiceLifecycle

/// `export-builder run`: looks at the queue when `NOTIFY export_created` arrives, when the
/// listening connection (re)connects (notifications sent meanwhile are lost) and every
/// `BUILDER_POLL_INTERVAL` seconds, rescuing stale leases at each poll. At graceful shutdown it
/// stops claiming, and the running exports are given back by their jobs.
struct BuilderService: Service {
    let drainer: QueueDrainer
    let listener: PostgresListener
    let settings: BuilderSettings
    let logger: Logger

    /// Runs until graceful shutdown and until every running export has been given back.
    func run() async throws {
        let wakeUps = WakeUpBroadcast(slots: settings.concurrency)
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await listen(wakeUps) }
            group.addTask { await poll(wakeUps) }
            for slot in wakeUps.slots {
                group.addTask {
                    for await _ in slot.cancelOnGracefulShutdown() { await drainer.drainSlot() }
                }
            }
        }
    }

    /// Follows `export_created` until shutdown, waking the slots on each notification and
    /// after each (re)connection.
    private func listen(_ wakeUps: WakeUpBroadcast) async {
        await cancelWhenGracefulShutdown {
            do {
                try await listener.listen(
                    channels: [ExportRepository.createdChannel],
                    onConnected: {
                        logger.debug("listening for new exports")
                        wakeUps.ring()
                    },
                    onNotification: { _ in wakeUps.ring() })
            } catch {
                if !Task.isCancelled {
                    logger.error("listening stopped", metadata: .fields([.error: error]))
                }
            }
        }
    }

    /// Every poll interval until shutdown: rescue stale leases, then wake the slots.
    private func poll(_ wakeUps: WakeUpBroadcast) async {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await drainer.rescueStaleLeases()
                wakeUps.ring()
                do {
                    try await Task.sleep(for: .seconds(settings.pollIntervalSeconds))
                } catch {
                    return
                }
            }
        }
    }
}
