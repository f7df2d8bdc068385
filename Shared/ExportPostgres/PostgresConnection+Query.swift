import CLibPQ

extension PostgresConnection {
    /// Runs one statement with bound parameters and returns all its rows.
    package func query(_ sql: String, _ parameters: [any PostgresBindable] = []) async throws -> [PostgresRow] {
        try await run(sql, parameters).rows
    }

    /// Runs one statement and returns its first row, or nil when it has none.
    package func queryFirst(_ sql: String, _ parameters: [any PostgresBindable] = []) async throws -> PostgresRow? {
        let result = try await run(sql, parameters)
        return result.rowCount > 0 ? PostgresRow(result: result, index: 0) : nil
    }

    /// Runs one statement and returns the number of rows it inserted, updated or deleted.
    @discardableResult
    package func execute(_ sql: String, _ parameters: [any PostgresBindable] = []) async throws -> Int {
        try await run(sql, parameters).affectedRows
    }

    /// Runs a script of several statements without parameters (migrations), in one round trip.
    package func executeScript(_ sql: String) async throws {
        _ = try await exclusively { try await blocking { [self] in try checked(PQexec(handle, sql)) } }
    }

    /// Runs one statement on the thread pool, in text format: prepared on this session when the
    /// connection prepares statements (`runPreparedNow`), with `PQexecParams` otherwise.
    func run(_ sql: String, _ parameters: [any PostgresBindable]) async throws -> PostgresResult {
        let values = parameters.map(\.postgresText)
        return try await exclusively {
            try await blocking { [self] in
                try preparesStatements ? runPreparedNow(sql, values) : runNow(sql, values)
            }
        }
    }

    /// The blocking body of `run` without preparing, for code already on the thread pool (a
    /// cursor's `DECLARE`, whose text changes with the statement it streams).
    func runNow(_ sql: String, _ values: [String?]) throws -> PostgresResult {
        let raw = withParameterArray(values) { pointers in
            PQexecParams(handle, sql, Int32(values.count), nil, pointers, nil, nil, 0)
        }
        return try checked(raw)
    }

    /// Wraps a result, turning an error status into a thrown `PostgresError`.
    func checked(_ raw: OpaquePointer?) throws -> PostgresResult {
        guard let raw else { throw connectionError() }
        switch PQresultStatus(raw) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_SINGLE_TUPLE, PGRES_EMPTY_QUERY:
            return PostgresResult(taking: raw)
        default:
            let error = PostgresError.from(result: raw)
            PQclear(raw)
            if PQstatus(handle) != CONNECTION_OK {
                throw PostgresError(kind: .connection, message: error.message, sqlState: error.sqlState)
            }
            throw error
        }
    }

    /// Sends `NOTIFY channel, payload` (through `pg_notify`, so both are bound parameters).
    package func notify(channel: String, payload: String = "") async throws {
        try await execute("SELECT pg_notify($1, $2)", [channel, payload])
    }
}
