import Testing

/// Polls `condition` every 20 ms until it holds, failing after `seconds`: tests await a
/// condition rather than sleep for a guessed time.
func waitUntil(
    seconds: Double = 10,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: () async throws -> Bool
) async throws {
    let clock = ContinuousClock()
    let deadline = clock.now + .milliseconds(Int(seconds * 1000))
    while clock.now < deadline {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(20))
    }
    Issue.record("condition not met within \(seconds) s", sourceLocation: sourceLocation)
    throw WaitTimeout()
}

/// The condition of `waitUntil` did not hold in time.
struct WaitTimeout: Error {}
