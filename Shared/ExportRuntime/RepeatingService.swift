import ServiceLifecycle

/// A service that runs `round` now and then every `interval` until graceful shutdown: the
/// long-running form of the janitor and of the open-data publisher. The round handles its own
/// failures, so that one failed round never stops the next.
package struct RepeatingService: Service {
    private let interval: Duration
    private let round: @Sendable () async -> Void

    /// A service running `round` every `interval`.
    package init(every interval: Duration, round: @escaping @Sendable () async -> Void) {
        self.interval = interval
        self.round = round
    }

    /// Runs rounds until the service group shuts down.
    package func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await round()
                do {
                    try await Task.sleep(for: interval)
                } catch {
                    return
                }
            }
        }
    }
}
