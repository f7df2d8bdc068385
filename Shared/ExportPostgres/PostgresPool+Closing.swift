extension PostgresPool {
    /// Runs `body` with this pool, then closes the pool whether `body` succeeded or not: for a
    /// one-shot command's pools.
    package func closing<Result>(
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresPool) async throws -> Result
    ) async throws -> Result {
        do {
            let result = try await body(self)
            await close()
            return result
        } catch {
            await close()
            throw error
        }
    }
}
