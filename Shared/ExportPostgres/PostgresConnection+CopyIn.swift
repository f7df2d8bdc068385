import CLibPQ

extension PostgresConnection {
    /// Runs `COPY … FROM STDIN`, letting `body` write the data, and returns the rows loaded. If
    /// `body` throws, the COPY is aborted and nothing is loaded.
    @discardableResult
    package func copyIn(_ sql: String, _ body: (PostgresCopyWriter) async throws -> Void) async throws -> Int {
        try await exclusively {
            try await blocking { [self] in
                guard let raw = PQexec(handle, sql) else { throw connectionError() }
                guard PQresultStatus(raw) == PGRES_COPY_IN else {
                    _ = try checked(raw)
                    drainResults()
                    throw PostgresError(kind: .usage, message: "not a COPY … FROM STDIN statement")
                }
                PQclear(raw)
            }
            let writer = PostgresCopyWriter(connection: self)
            do {
                try await body(writer)
                try await writer.flush()
            } catch {
                _ = try? await blocking { [self] in
                    _ = PQputCopyEnd(handle, "aborted by the client")
                    drainResults()
                }
                throw error
            }
            return try await blocking { [self] in
                guard PQputCopyEnd(handle, nil) == 1 else { throw connectionError() }
                defer { drainResults() }
                return try checked(PQgetResult(handle)).affectedRows
            }
        }
    }
}
