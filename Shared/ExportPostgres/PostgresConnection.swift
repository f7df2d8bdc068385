import CLibPQ
import Glibc
import Logging
package import NIOPosix
import Synchronization

/// One libpq connection. Every blocking libpq call runs on the pool's `NIOThreadPool`, never on
/// Swift's cooperative threads.
///
/// A `PGconn` is not thread-safe: one statement (or stream, or COPY) at a time. The connection
/// still has to be `Sendable`: every blocking call sends it to a thread of the pool, the pool
/// keeps it in a lock and hands it from task to task, and a stream's reader holds it on the
/// thread pool between batches; a non-`Sendable` or `~Copyable` handle would not cross those
/// boundaries. So the one-at-a-time rule is checked instead: each use (a statement, a stream, a
/// COPY, a wait for notifications) takes the connection with one atomic exchange and gives it
/// back at its end, and a use that starts while another is under way — two tasks sharing one
/// connection, or a statement sent from inside a stream on the same connection — stops the
/// process with a precondition failure rather than corrupting the protocol state. Rows cost
/// nothing: a stream takes the connection once, for its whole length.
///
/// `@unchecked Sendable`: the handle and the cache of prepared statements are used by one use at
/// a time, as checked above; the other mutable state (`isBroken`, the in-use flag) is atomic.
package final class PostgresConnection: @unchecked Sendable {
    let handle: OpaquePointer
    let threadPool: NIOThreadPool
    /// True when statements run through `runPreparedNow` (`DATABASE_PREPARED_STATEMENTS`).
    let preparesStatements: Bool
    /// The statements this session has prepared; it ends with the connection, as they do.
    var statements = PreparedStatementCache()
    /// The value of `isBroken`.
    private let broken = Atomic<Bool>(false)
    /// True while a use of the connection is under way (`exclusively`).
    private let inUse = Atomic<Bool>(false)

    private init(handle: OpaquePointer, threadPool: NIOThreadPool, preparesStatements: Bool) {
        self.handle = handle
        self.threadPool = threadPool
        self.preparesStatements = preparesStatements
    }

    deinit { PQfinish(handle) }

    /// TCP settings that bound how long a call can hang on a link that died without a word
    /// (failover, dropped NAT entry): keepalive probes after 15 s of silence, every 5 s, three
    /// of them; data unacknowledged for 30 s ends the connection. Listed before the URL, whose
    /// own values win (docs/configuration.md).
    static let linkSettings: [(String, String)] = [
        ("keepalives", "1"), ("keepalives_idle", "15"), ("keepalives_interval", "5"), ("keepalives_count", "3"),
        ("tcp_user_timeout", "30000"),
    ]

    /// Opens a connection with UTC time stamps, ISO dates, UTF-8, the configured statement
    /// time-out and plan cache mode, and `linkSettings`; the URL's own settings apply otherwise.
    package static func connect(configuration: PostgresConfiguration, threadPool: NIOThreadPool) async throws
        -> PostgresConnection
    {
        try await threadPool.runIfActive {
            var options = "-c TimeZone=UTC -c DateStyle=ISO,YMD -c IntervalStyle=iso_8601"
            if let timeout = configuration.statementTimeoutMilliseconds {
                options += " -c statement_timeout=\(timeout)"
            }
            if configuration.plansEachRun { options += " -c plan_cache_mode=force_custom_plan" }
            let settings: [(String, String)] =
                linkSettings + [
                    ("dbname", configuration.url), ("application_name", configuration.applicationName),
                    ("options", options), ("client_encoding", "UTF8"), ("connect_timeout", "10"),
                ]
            let handle = withCStringArray(settings.map(\.0)) { keywords in
                withCStringArray(settings.map(\.1)) { values in PQconnectdbParams(keywords, values, 1) }
            }
            guard let handle else { throw PostgresError(kind: .connection, message: "out of memory") }
            guard PQstatus(handle) == CONNECTION_OK else {
                let message = String(cString: PQerrorMessage(handle)).trimmingCharacters()
                PQfinish(handle)
                throw PostgresError(kind: .connection, message: message)
            }
            PQsetNoticeProcessor(handle, { _, _ in }, nil)
            return PostgresConnection(
                handle: handle, threadPool: threadPool, preparesStatements: configuration.preparesStatements)
        }
    }

    /// True when the connection still works as far as can be told without a round trip: input
    /// the server sent while the connection sat idle is read first, as long as the socket has
    /// some. A server that stops sends a notice and then closes: the first read takes the
    /// notice, only a second one sees the end of the stream.
    var isUsable: Bool {
        guard !isBroken else { return false }
        for _ in 0..<8 {
            var descriptor = pollfd(fd: PQsocket(handle), events: Int16(POLLIN), revents: 0)
            guard descriptor.fd >= 0, poll(&descriptor, 1, 0) > 0, PQconsumeInput(handle) == 1 else { break }
        }
        return PQstatus(handle) == CONNECTION_OK && PQtransactionStatus(handle) == PQTRANS_IDLE
    }

    /// True once a call saw the connection break: the pool then discards it.
    var isBroken: Bool { broken.load(ordering: .acquiring) }

    /// Runs `body` as one use of the connection; stops the process when another use is under
    /// way (see the type's documentation).
    func exclusively<Result>(_ body: () async throws -> Result) async rethrows -> Result {
        precondition(
            beginUse(), "a PostgresConnection was used by two tasks at once, or from inside one of its own streams")
        defer { endUse() }
        return try await body()
    }

    /// Marks the connection in use; false, changing nothing, when it already is.
    func beginUse() -> Bool {
        inUse.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged
    }

    /// Ends the use `beginUse` started.
    func endUse() {
        inUse.store(false, ordering: .releasing)
    }

    /// The process id of the server backend, e.g. to terminate it in a test.
    package var backendProcessID: Int { Int(PQbackendPID(handle)) }

    /// Runs a blocking libpq call on the thread pool, marking the connection broken when the
    /// call failed because the connection was lost. Cancelling the calling task asks the server to
    /// cancel the statement (it then fails with SQLSTATE 57014), so that a task told to stop, a
    /// builder at shutdown for one, is not held by a statement waiting on a lock or a long sort.
    func blocking<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
        let canceller = PostgresCancelHandle(connection: self)
        do {
            return try await withTaskCancellationHandler {
                try await threadPool.runIfActive(body)
            } onCancel: {
                canceller.cancel()
            }
        } catch let error as PostgresError {
            if error.isConnectionLoss || PQstatus(handle) != CONNECTION_OK { markBroken() }
            throw error
        }
    }

    /// The connection-level error libpq holds now.
    func connectionError() -> PostgresError {
        let message = String(cString: PQerrorMessage(handle)).trimmingCharacters()
        let kind: PostgresError.Kind = PQstatus(handle) == CONNECTION_OK ? .server : .connection
        return PostgresError(kind: kind, message: message.isEmpty ? "unknown libpq error" : message)
    }
}

/// Calls `body` with a NULL-terminated C array of C strings that lives only during the call.
func withCStringArray<Result>(_ strings: [String], _ body: ([UnsafePointer<CChar>?]) throws -> Result) rethrows
    -> Result
{
    let copies = strings.map { strdup($0) }
    defer { for copy in copies { free(copy) } }
    return try body(copies.map { UnsafePointer($0) } + [nil])
}

/// Calls `body` with a C array of optional C strings (NULL for SQL NULL), for bound parameters.
func withParameterArray<Result>(_ values: [String?], _ body: ([UnsafePointer<CChar>?]) throws -> Result) rethrows
    -> Result
{
    let copies = values.map { $0.map { strdup($0) } ?? nil }
    defer { for copy in copies { free(copy) } }
    return try body(copies.map { UnsafePointer($0) })
}

extension PostgresConnection {
    /// Records that the connection can no longer be trusted; the pool closes it on return.
    func markBroken() { broken.store(true, ordering: .releasing) }

    /// Reads and frees every pending result, so that the connection can take a new statement.
    func drainResults() {
        while let raw = PQgetResult(handle) {
            if PQresultStatus(raw) == PGRES_COPY_OUT {
                var buffer: UnsafeMutablePointer<CChar>?
                while PQgetCopyData(handle, &buffer, 0) > 0 { PQfreemem(buffer) }
            }
            PQclear(raw)
        }
    }
}
