import CLibPQ

/// Rows of one statement in libpq's single-row mode, handed over in batches.
///
/// `@unchecked Sendable`: used from the thread pool by one read at a time (the prefetcher never
/// starts a read before the previous one ended), and `cancel` only touches the cancel handle.
final class SingleRowSource: BlockingBatchSource, @unchecked Sendable {
    private let connection: PostgresConnection
    private let canceller: PostgresCancelHandle
    private var done = false
    /// Rows per batch. In single-row mode every row is a `PGresult` of its own, about 10 KB with
    /// its copy of the column descriptions, and two batches are alive (one written, one read
    /// ahead): 250 rows keep that near 5 MB, where 1,000 rows held 22 MB, for the same speed
    /// (docs/benchmarks.md §2, "Memory").
    private let batchSize = 250

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
