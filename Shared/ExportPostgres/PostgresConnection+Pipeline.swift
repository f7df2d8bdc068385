import CLibPQ

extension PostgresConnection {
    /// Runs `statements` in a transaction of their own sent as one libpq pipeline: `BEGIN`, the
    /// statements, `COMMIT` and one sync point go out together, so the transaction costs one
    /// round trip to the server and one hop to the thread pool instead of one per statement
    /// (docs/configuration.md, "Pipelined transactions"). The server still runs them in order,
    /// each read-committed statement with a snapshot of its own, so a lock taken by one is held
    /// before the next one reads. Returns each statement's rows, in order.
    ///
    /// When a statement fails, the server skips the rest, the transaction is rolled back and the
    /// first error is thrown with its SQLSTATE. A prepared statement the session no longer has
    /// or whose result a schema change altered (SQLSTATE 26000, 0A000) makes the session drop
    /// every statement it prepared and run the whole transaction once more, as nothing of the
    /// first attempt was committed.
    package func transaction(
        _ statements: [PostgresStatement], isolation: PostgresIsolation = .readCommitted
    ) async throws -> [[PostgresRow]] {
        let framed =
            [PostgresStatement("BEGIN ISOLATION LEVEL \(isolation.rawValue)")] + statements
            + [PostgresStatement("COMMIT")]
        return try await exclusively {
            try await blocking { [self] in
                let results: [PostgresResult]
                do {
                    results = try runTransactionPipelineNow(framed)
                } catch let error as PostgresError where preparesStatements && error.isStalePreparedStatement {
                    try forgetPreparedStatements()
                    results = try runTransactionPipelineNow(framed)
                }
                return results.dropFirst().dropLast().map(\.rows)
            }
        }
    }

    /// Runs `statements` as one pipeline inside the transaction the caller has open on this
    /// connection: one round trip for all of them. When one fails the server skips the rest and
    /// the first error is thrown; the caller's transaction is then aborted, as after any failed
    /// statement, and its rollback follows. Returns each statement's rows, in order.
    package func pipeline(_ statements: [PostgresStatement]) async throws -> [[PostgresRow]] {
        try await exclusively {
            try await blocking { [self] in try runPipelineNow(statements).map(\.rows) }
        }
    }

    /// The blocking body of `transaction`: the pipeline, then a `ROLLBACK` when a failure left
    /// the transaction open.
    private func runTransactionPipelineNow(_ statements: [PostgresStatement]) throws -> [PostgresResult] {
        do {
            return try runPipelineNow(statements)
        } catch let error as PostgresError {
            if PQstatus(handle) == CONNECTION_OK, PQtransactionStatus(handle) != PQTRANS_IDLE {
                _ = try checked(PQexec(handle, "ROLLBACK"))
            }
            throw error
        }
    }

    /// Sends `statements` and one sync point in pipeline mode, then reads every result up to
    /// the sync and leaves pipeline mode; throws the first statement's error, if any. Statements
    /// are prepared first when the connection prepares them (a round trip per statement this
    /// session has not seen yet).
    func runPipelineNow(_ statements: [PostgresStatement]) throws -> [PostgresResult] {
        let names = try preparesStatements ? statements.map { try preparedName(for: $0.sql).name } : nil
        guard PQenterPipelineMode(handle) == 1 else { throw connectionError() }
        // Left in pipeline mode or with results unread, the connection could not take the next
        // statement: any way out before the end but a statement's own error discards it.
        var leftCleanly = false
        defer { if !leftCleanly { markBroken() } }
        for (index, statement) in statements.enumerated() {
            let sent = withParameterArray(statement.values) { pointers in
                if let names {
                    return PQsendQueryPrepared(
                        handle, names[index], Int32(statement.values.count), pointers, nil, nil, 0)
                }
                return PQsendQueryParams(
                    handle, statement.sql, Int32(statement.values.count), nil, pointers, nil, nil, 0)
            }
            guard sent == 1 else { throw connectionError() }
        }
        guard PQpipelineSync(handle) == 1 else { throw connectionError() }
        var results: [PostgresResult] = []
        var firstError: PostgresError?
        for _ in statements {
            guard let raw = PQgetResult(handle) else { throw connectionError() }
            if PQresultStatus(raw) == PGRES_PIPELINE_ABORTED {
                PQclear(raw)
            } else {
                do { results.append(try checked(raw)) } catch let error as PostgresError { firstError = error }
            }
            // Each statement's results end with a null; a connection lost on the way ends here.
            if let extra = PQgetResult(handle) {
                PQclear(extra)
                throw connectionError()
            }
        }
        guard let sync = PQgetResult(handle) else { throw connectionError() }
        let reachedSync = PQresultStatus(sync) == PGRES_PIPELINE_SYNC
        PQclear(sync)
        guard reachedSync, PQexitPipelineMode(handle) == 1 else { throw connectionError() }
        leftCleanly = true
        if let firstError { throw firstError }
        return results
    }
}
