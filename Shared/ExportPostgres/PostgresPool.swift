public import Logging
import NIOPosix
import Synchronization

/// A bounded set of connections shared by the tasks of one process. Connections are opened on
/// demand up to `poolSize`, handed to one task at a time, checked when lent again, and replaced
/// when broken — so the pool recovers by itself after the server restarts.
public final class PostgresPool: Sendable {
    /// The configuration the connections are opened with.
    public let configuration: PostgresConfiguration
    private let threadPool: NIOThreadPool
    private let logger: Logger
    private let state: Mutex<State>

    /// What the pool holds: idle connections, how many exist, tasks waiting for one.
    private struct State {
        var idle: [PostgresConnection] = []
        var open = 0
        var waiters: [CheckedContinuation<PostgresConnection?, any Error>] = []
        var closed = false
    }

    /// Creates a pool; no connection is opened until one is needed.
    public init(configuration: PostgresConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        self.threadPool = NIOThreadPool(numberOfThreads: configuration.poolSize + 2)
        self.threadPool.start()
        self.state = Mutex(State())
    }

    /// Lends a connection to `body` and takes it back afterwards, even when `body` throws.
    public func withConnection<Result>(
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

    /// Closes every idle connection and refuses new work; call it once, at shutdown.
    public func close() async {
        let (idle, waiters) = state.withLock { state in
            state.closed = true
            defer {
                state.idle = []
                state.waiters = []
            }
            return (state.idle, state.waiters)
        }
        for waiter in waiters { waiter.resume(throwing: PostgresError(kind: .closed, message: "the pool is closed")) }
        state.withLock { $0.open -= idle.count }
        withExtendedLifetime(idle) {}  // the connections end their sessions as they are freed here
        try? await threadPool.shutdownGracefully()
    }

    /// The thread pool the connections run their blocking calls on (for a listener).
    var blockingThreads: NIOThreadPool { threadPool }

    /// Takes an idle usable connection, opens a new one, or waits for one to come back.
    private func lease() async throws -> PostgresConnection {
        enum Plan {
            case use(PostgresConnection)
            case open, wait
        }
        while true {
            var discarded: [PostgresConnection] = []
            let plan: Plan = try state.withLock { state in
                guard !state.closed else { throw PostgresError(kind: .closed, message: "the pool is closed") }
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
                logger.notice("discarded broken PostgreSQL connections", metadata: ["count": "\(discarded.count)"])
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
                let handed: PostgresConnection? = try await withCheckedThrowingContinuation { continuation in
                    state.withLock { state in
                        if state.closed {
                            continuation.resume(throwing: PostgresError(kind: .closed, message: "the pool is closed"))
                        } else if !state.idle.isEmpty || state.open < configuration.poolSize {
                            continuation.resume(returning: nil)
                        } else {
                            state.waiters.append(continuation)
                        }
                    }
                }
                if let handed { return handed }
            }
        }
    }

    /// Gives a connection back: to a waiting task, to the idle list, or closed when broken.
    private func release(_ connection: PostgresConnection) {
        let usable = connection.isUsable
        let waiter: CheckedContinuation<PostgresConnection?, any Error>? = state.withLock { state in
            if !usable || state.closed { state.open -= 1 }
            if let waiter = state.waiters.first {
                state.waiters.removeFirst()
                return waiter
            }
            if usable && !state.closed { state.idle.append(connection) }
            return nil
        }
        // A waiter gets the connection itself, or nil (meaning "a slot is free, open one").
        waiter?.resume(returning: usable ? connection : nil)
    }
}
