import CLibPQ

extension PostgresConnection {
    /// Runs one statement as a prepared statement of this session: `PQprepare` the first time
    /// its text is seen, `PQexecPrepared` afterwards, so that the server parses it once per
    /// connection (docs/configuration.md, "Prepared statements"). Blocking: for code on the
    /// thread pool. Errors surface as with `runNow`, with the same SQLSTATE.
    ///
    /// A statement prepared before a schema change that alters its result (`ALTER TABLE … ADD
    /// COLUMN` under a `SELECT *`: SQLSTATE 0A000, "cached plan must not change result type"),
    /// or one the session no longer has (`DEALLOCATE ALL`, `DISCARD ALL`: SQLSTATE 26000), is
    /// forgotten and run once more, freshly prepared — outside a transaction only: inside one,
    /// the error has aborted it, and the error goes to the caller, whose next attempt prepares
    /// the statement again.
    func runPreparedNow(_ sql: String, _ values: [String?]) throws -> PostgresResult {
        let (name, wasCached) = try preparedName(for: sql)
        do {
            return try executePrepared(name, values)
        } catch let error as PostgresError where wasCached && error.kind == .server {
            switch error.sqlState {
            case "0A000": deallocate(statements.remove(sql))
            case "26000": statements.removeAll()
            default: throw error
            }
            guard PQtransactionStatus(handle) == PQTRANS_IDLE else { throw error }
            return try executePrepared(try preparedName(for: sql).name, values)
        }
    }

    /// The name `sql` is prepared under on this session, preparing it when needed; `wasCached`
    /// tells whether it had been prepared by an earlier call. A statement that fails to prepare
    /// is not recorded, and its error is thrown as `PQexecParams` would have thrown it.
    func preparedName(for sql: String) throws -> (name: String, wasCached: Bool) {
        if let name = statements.name(for: sql) { return (name, true) }
        let name = statements.newName()
        _ = try checked(PQprepare(handle, name, sql, 0, nil))
        deallocate(statements.insert(sql, name: name))
        return (name, false)
    }

    /// Drops every statement the session has prepared, on the server and in the cache: for a
    /// pipeline that met a stale one, which cannot tell which of its statements it was.
    func forgetPreparedStatements() throws {
        _ = try checked(PQexec(handle, "DEALLOCATE ALL"))
        statements.removeAll()
    }

    /// Runs the prepared statement `name` with `values`, in text format.
    private func executePrepared(_ name: String, _ values: [String?]) throws -> PostgresResult {
        let raw = withParameterArray(values) { pointers in
            PQexecPrepared(handle, name, Int32(values.count), pointers, nil, nil, 0)
        }
        return try checked(raw)
    }

    /// Drops the prepared statement `name` from the session, when there is one. A failure only
    /// leaves the statement on the server until the session ends, so it is not reported.
    private func deallocate(_ name: String?) {
        guard let name, let raw = PQexec(handle, "DEALLOCATE \(name)") else { return }
        PQclear(raw)
    }
}
