import ServiceLifecycle

/// `export-builder process` as a service: drains the queue once, then returns, which ends the
/// process; SIGTERM meanwhile stops the claims and gives the running exports back.
struct QueueDrainService: Service {
    let drainer: QueueDrainer

    /// Rescues stale exports and runs every pending one; throws when the queue cannot be read.
    func run() async throws {
        try await drainer.drainAll()
    }
}
