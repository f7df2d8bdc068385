import Foundation

/// Runs blocking `work` on a thread of its own and suspends the caller until it returns.
///
/// A transfer can block for minutes (a large upload), so it gets a new thread rather than one
/// of a shared pool: a few long uploads can then never starve other blocking work (database
/// calls) of threads, and Swift's cooperative pool is never blocked. Creating a thread costs
/// far less than the HTTP exchange it runs.
func runOnDedicatedThread<Result: Sendable>(
    named name: String,
    _ work: @escaping @Sendable () throws -> Result
) async throws -> Result {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread {
            continuation.resume(with: Swift.Result { try work() })
        }
        thread.name = name
        thread.start()
    }
}
