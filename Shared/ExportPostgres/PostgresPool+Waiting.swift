import Synchronization

extension PostgresPool {
    /// What ends a wait for a connection first.
    private enum Wake: Sendable {
        /// A connection given back (or nil: a slot is free, open one).
        case handed(PostgresConnection?)
        /// The deadline passed.
        case timedOut
    }

    /// Waits until a connection is given back or a slot frees, at most until `deadline`; throws
    /// `PostgresError.Kind.poolTimeout` then, `CancellationError` when the task is cancelled.
    /// The waiter is resumed exactly once, by whoever takes it out of the queue first: `release`,
    /// the deadline, cancellation or `close`.
    func waitForRelease(until deadline: ContinuousClock.Instant) async throws -> PostgresConnection? {
        let id = state.withLock { state in
            state.nextWaiterID += 1
            return state.nextWaiterID
        }
        return try await withThrowingTaskGroup(of: Wake.self) { group in
            group.addTask { .handed(try await self.suspend(id, until: deadline)) }
            group.addTask {
                try? await Task.sleep(until: deadline, clock: .continuous)
                return .timedOut
            }
            var received = false
            var handed: PostgresConnection?
            var failure: (any Error)?
            while !group.isEmpty {
                do {
                    switch try await group.next() {
                    case .handed(let connection):
                        (received, handed) = (true, connection)
                        group.cancelAll()
                    case .timedOut:
                        if !received { state.withLock { $0.removeWaiter(id) }?.continuation.resume(throwing: timeout) }
                    case nil:
                        break
                    }
                } catch {
                    failure = failure ?? error
                    group.cancelAll()
                }
            }
            if received { return handed }
            throw failure ?? timeout
        }
    }

    /// Queues the waiter `id` and suspends until it is resumed; resumes at once when a
    /// connection or slot is free, the pool is closed, the task cancelled or `deadline` past.
    private func suspend(_ id: Int, until deadline: ContinuousClock.Instant) async throws -> PostgresConnection? {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                state.withLock { state in
                    if state.closed {
                        continuation.resume(throwing: Self.closedError)
                    } else if !state.idle.isEmpty || state.open < configuration.poolSize {
                        continuation.resume(returning: nil)
                    } else if Task.isCancelled {
                        continuation.resume(throwing: CancellationError())
                    } else if ContinuousClock.now >= deadline {
                        continuation.resume(throwing: timeout)
                    } else {
                        state.waiters.append(Waiter(id: id, continuation: continuation))
                    }
                }
            }
        } onCancel: {
            state.withLock { $0.removeWaiter(id) }?.continuation.resume(throwing: CancellationError())
        }
    }

    /// The error of a wait that reached `poolTimeout`.
    private var timeout: PostgresError {
        PostgresError(
            kind: .poolTimeout,
            message: "no database connection came free within \(configuration.poolTimeout) (DATABASE_POOL_TIMEOUT)")
    }
}
