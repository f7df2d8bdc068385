/// How many row counts one user may have running at once in this process (docs/api.md §9): a
/// count may take up to `DATABASE_STATEMENT_TIMEOUT` and holds a pooled connection meanwhile, so
/// a user firing many in parallel would take the pool from everyone else. An estimate over the
/// cap is refused (429 `rate_limited`, `Retry-After: 1`); a create waits for a slot, holding no
/// connection meanwhile (creates are already bounded by the rate and pending limits).
actor CountSlots {
    /// Counts one user may run at once.
    static let perUser = 2

    private let limit: Int
    private var running: [String: Int] = [:]
    /// Creates waiting for a slot of their user, first come first served.
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    /// Allows `limit` concurrent counts per user.
    init(limit: Int = perUser) { self.limit = limit }

    /// Runs `count` in one of `user`'s slots. When they are all taken: waits for one if
    /// `waits`, else throws a 429.
    nonisolated func run<Result>(
        for user: String, waits: Bool, _ count: () async throws -> Result
    ) async throws -> Result {
        guard await take(user, waits: waits) else {
            throw APIError.rateLimited(
                "un calcul du nombre de lignes est déjà en cours : attendez sa fin", retryAfterSeconds: 1)
        }
        do {
            let result = try await count()
            await give(user)
            return result
        } catch {
            await give(user)
            throw error
        }
    }

    /// Takes a slot of `user`, waiting for one if `waits`; false when none is free and it may
    /// not wait.
    private func take(_ user: String, waits: Bool) async -> Bool {
        let taken = running[user, default: 0]
        if taken < limit {
            running[user] = taken + 1
            return true
        }
        guard waits else { return false }
        await withCheckedContinuation { waiting[user, default: []].append($0) }
        return true
    }

    /// Gives back a slot of `user`: to the first create waiting for one, else to the pool.
    private func give(_ user: String) {
        if var queue = waiting[user], !queue.isEmpty {
            let next = queue.removeFirst()
            waiting[user] = queue.isEmpty ? nil : queue
            next.resume()
            return
        }
        let taken = running[user, default: 1] - 1
        running[user] = taken > 0 ? taken : nil
    }
}
