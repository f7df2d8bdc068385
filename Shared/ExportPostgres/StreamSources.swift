import CLibPQ

/// Rows of one statement in libpq's single-row mode, handed over in batches.
///
/// `@unchecked Sendable`: used from the thread pool by one read at a time (the prefetcher never
/// starts a read before the previous one ended), and `cancel` only touches the cancel handle.
final class SingleRowSource: BlockingBatchSource, @unchecked Sendable {
    private let connection: PostgresConnection
    private let canceller: PostgresCancelHandle
    private var done = false
    private let batchSize = 1000

    /// Sends the statement; blocking.
    init(connection: PostgresConnection, sql: String, values: [String?]) throws {
        self.connection = connection
        let sent = withParameterArray(values) { pointers in
            PQsendQueryParams(connection.handle, sql, Int32(values.count), nil, pointers, nil, nil, 0)
        }
        guard sent == 1 else { throw connection.connectionError() }
        guard PQsetSingleRowMode(connection.handle) == 1 else {
            connection.drainResults()
            throw PostgresError(kind: .usage, message: "single-row mode refused")
        }
        canceller = PostgresCancelHandle(connection: connection)
    }

    func nextBatch() throws -> [PostgresRow]? {
        guard !done else { return nil }
        var rows: [PostgresRow] = []
        rows.reserveCapacity(batchSize)
        while rows.count < batchSize {
            guard let raw = PQgetResult(connection.handle) else {
                done = true
                break
            }
            switch PQresultStatus(raw) {
            case PGRES_SINGLE_TUPLE:
                rows.append(PostgresRow(result: PostgresResult(taking: raw), index: 0))
            case PGRES_TUPLES_OK, PGRES_COMMAND_OK:
                PQclear(raw)
            default:
                let error = PostgresError.from(result: raw)
                PQclear(raw)
                done = true
                connection.drainResults()
                if PQstatus(connection.handle) != CONNECTION_OK { connection.markBroken() }
                throw error
            }
        }
        return rows.isEmpty && done ? nil : rows
    }

    func cancel() { canceller.cancel() }

    func abandon() {
        guard !done else { return }
        done = true
        connection.drainResults()
    }
}

/// Rows of one statement read through a server-side cursor, `FETCH` by `FETCH`.
///
/// `@unchecked Sendable`: as `SingleRowSource`.
final class CursorSource: BlockingBatchSource, @unchecked Sendable {
    private let connection: PostgresConnection
    private let canceller: PostgresCancelHandle
    private let batchSize: Int
    private let ownsTransaction: Bool
    private var done = false
    private static let cursorName = "rpc_export_stream"

    /// Opens a transaction when none is open, and declares the cursor; blocking.
    init(connection: PostgresConnection, sql: String, values: [String?], batchSize: Int) throws {
        self.connection = connection
        self.batchSize = batchSize
        canceller = PostgresCancelHandle(connection: connection)
        ownsTransaction = PQtransactionStatus(connection.handle) == PQTRANS_IDLE
        if ownsTransaction { _ = try connection.checked(PQexec(connection.handle, "BEGIN")) }
        do {
            _ = try connection.runNow("DECLARE \(Self.cursorName) NO SCROLL CURSOR FOR \(sql)", values)
        } catch {
            finish(commit: false)
            throw error
        }
    }

    func nextBatch() throws -> [PostgresRow]? {
        guard !done else { return nil }
        do {
            let result = try connection.checked(
                PQexec(connection.handle, "FETCH FORWARD \(batchSize) FROM \(Self.cursorName)"))
            if result.rowCount < batchSize {
                _ = try connection.checked(PQexec(connection.handle, "CLOSE \(Self.cursorName)"))
                finish(commit: true)
            }
            return result.rowCount == 0 ? nil : result.rows
        } catch {
            finish(commit: false)
            throw error
        }
    }

    func cancel() { canceller.cancel() }

    func abandon() {
        guard !done else { return }
        if !ownsTransaction { _ = PQexec(connection.handle, "CLOSE \(Self.cursorName)").map { PQclear($0) } }
        finish(commit: false)
    }

    /// Ends the transaction this source opened (if it did) and marks the stream complete.
    private func finish(commit: Bool) {
        done = true
        guard ownsTransaction else { return }
        if let raw = PQexec(connection.handle, commit ? "COMMIT" : "ROLLBACK") { PQclear(raw) }
    }
}

/// The output of `COPY … TO STDOUT`, gathered into chunks of whole lines.
///
/// `@unchecked Sendable`: as `SingleRowSource`.
final class CopyOutSource: BlockingBatchSource, @unchecked Sendable {
    private let connection: PostgresConnection
    private let canceller: PostgresCancelHandle
    private var done = false
    private let chunkSize = 256 * 1024

    /// Starts the COPY; blocking.
    init(connection: PostgresConnection, sql: String) throws {
        self.connection = connection
        canceller = PostgresCancelHandle(connection: connection)
        guard let raw = PQexec(connection.handle, sql) else { throw connection.connectionError() }
        guard PQresultStatus(raw) == PGRES_COPY_OUT else {
            _ = try connection.checked(raw)
            connection.drainResults()
            throw PostgresError(kind: .usage, message: "not a COPY … TO STDOUT statement")
        }
        PQclear(raw)
    }

    func nextBatch() throws -> [[UInt8]]? {
        guard !done else { return nil }
        var chunk: [UInt8] = []
        chunk.reserveCapacity(chunkSize + 4096)
        while chunk.count < chunkSize {
            var buffer: UnsafeMutablePointer<CChar>?
            let length = PQgetCopyData(connection.handle, &buffer, 0)
            if length > 0, let buffer {
                buffer.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                    chunk.append(contentsOf: UnsafeBufferPointer(start: $0, count: Int(length)))
                }
                PQfreemem(buffer)
                continue
            }
            done = true
            let outcome = PQgetResult(connection.handle)
            defer { connection.drainResults() }
            if length == -2 { throw connection.connectionError() }
            _ = try connection.checked(outcome)
            break
        }
        return chunk.isEmpty && done ? nil : [chunk]
    }

    func cancel() { canceller.cancel() }

    func abandon() {
        guard !done else { return }
        done = true
        connection.drainResults()
    }
}
