import ExportLogging
package import Logging
import NIOPosix
import Synchronization

/// A bounded set of connections shared by the tasks of one process. Connections are opened on
/// demand up to `poolSize`, handed to one task at a time, checked when lent again, and replaced
/// when broken — so the pool recovers by itself after the server restarts. A task waits at
/// most `poolTimeout` for a connection (`PostgresPool+Waiting.swift`).
package final class PostgresPool: Sendable {
    /// The configuration the connections are opened with.
    package let configuration: PostgresConfiguration
    private let threadPool: NIOThreadPool
    let logger: Logger
    let state: Mutex<State>

    /// What the pool holds: idle connections, how many exist, tasks waiting for one.
    struct State {
        var idle: [PostgresConnection] = []
        var open = 0
        var waiters: [Waiter] = []
        var nextWaiterID = 0
        var closed = false

        /// Takes the waiter `id` out of the queue, if it is still in it.
        mutating func removeWaiter(_ id: Int) -> Waiter? {
            guard let index = waiters.firstIndex(where: { $0.id == id }) else { return nil }
            return waiters.remove(at: index)
        }
    }

    /// A task waiting for a connection: resumed with one, with nil ("a slot is free, open
    /// one"), or with an error.
    struct Waiter {
        let id: Int
        let continuation: CheckedContinuation<PostgresConnection?, any Error>
    }

    /// Creates a pool; no connection is opened until one is needed.
    package init(configuration: PostgresConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        self.threadPool = NIOThreadPool(numberOfThreads: configuration.poolSize + 2)
        self.threadPool.start()
        self.state = Mutex(State())
    }

    /// Lends a connection to `body` and takes it back afterwards, even when `body` throws.
    /// Throws `PostgresError.Kind.poolTimeout` when none comes free within `poolTimeout`.
    package func withConnection<Result>(
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        let connection = try await lease()
        do {
            let result = try await body(connection)
            release(connection)
            return result
        } catch {
            release(connection)
            throw error
        }
    }

    /// Opens a connection of its own for `body`, outside the pool and its count, and closes it
    /// afterwards: for session state held while `body` uses pooled connections (an advisory
    /// lock), which would otherwise wait for itself with a pool of one.
    package func withDedicatedConnection<Result>(
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        let connection = try await PostgresConnection.connect(configuration: configuration, threadPool: threadPool)
        defer { withExtendedLifetime(connection) {} }  // the session ends as the connection is freed
        return try await body(connection)
    }

    /// Closes every idle connection and refuses new work; call it once, at shutdown.
    package func close() async {
        let (idle, waiters) = state.withLock { state in
            state.closed = true
            defer {
                state.idle = []
                state.waiters = []
            }
            return (state.idle, state.waiters)
        }
        for waiter in waiters { waiter.continuation.resume(throwing: Self.closedError) }
        state.withLock { $0.open -= idle.count }
        withExtendedLifetime(idle) {}  // the connections end their sessions as they are freed here
        try? await threadPool.shutdownGracefully()
    }

    /// The thread pool the connections run their blocking calls on (for a listener).
    var blockingThreads: NIOThreadPool { threadPool }

    /// The error of a call on a closed pool.
    static let closedError = PostgresError(kind: .closed, message: "the pool is closed")

    /// Takes an idle usable connection, opens a new one, or waits for one to come back, until
    /// `poolTimeout` has passed.
    private func lease() async throws -> PostgresConnection {
        enum Plan {
            case use(PostgresConnection)
            case open, wait
        }
        let deadline = ContinuousClock.now + configuration.poolTimeout
        while true {
            var discarded: [PostgresConnection] = []
            let plan: Plan = try state.withLock { state in
                guard !state.closed else { throw Self.closedError }
                while let candidate = state.idle.popLast() {
                    if candidate.isUsable { return .use(candidate) }
                    discarded.append(candidate)
                    state.open -= 1
                }
                if state.open < configuration.poolSize {
                    state.open += 1
                    return .open
                }
                return .wait
            }
            if !discarded.isEmpty {
                logger.notice("discarded broken PostgreSQL connections", metadata: .fields([.count: discarded.count]))
            }
            switch plan {
            case .use(let connection):
                return connection
            case .open:
                do {
                    return try await PostgresConnection.connect(configuration: configuration, threadPool: threadPool)
                } catch {
                    state.withLock { $0.open -= 1 }
                    throw error
                }
            case .wait:
                if let handed = try await waitForRelease(until: deadline) { return handed }
            }
        }
    }

    /// Gives a connection back: to a waiting task, to the idle list, or closed when broken.
    private func release(_ connection: PostgresConnection) {
        let usable = connection.isUsable
        let waiter: Waiter? = state.withLock { state in
            if !usable || state.closed { state.open -= 1 }
            if !state.waiters.isEmpty { return state.waiters.removeFirst() }
            if usable && !state.closed { state.idle.append(connection) }
            return nil
        }
        // A waiter gets the connection itself, or nil (meaning "a slot is free, open one").
        waiter?.continuation.resume(returning: usable ? connection : nil)
    }
}
