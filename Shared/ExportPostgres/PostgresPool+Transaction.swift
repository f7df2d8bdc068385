extension PostgresConnection {
    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    @discardableResult
    package func withTransaction<Result>(
        isolation: PostgresIsolation = .readCommitted,
        readOnly: Bool = false,
        _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await executeScript("BEGIN ISOLATION LEVEL \(isolation.rawValue)\(readOnly ? " READ ONLY" : "")")
        let result: Result
        do {
            result = try await body(self)
        } catch {
            if !isBroken { try? await executeScript("ROLLBACK") }
            throw error
        }
        try await executeScript("COMMIT")
        return result
    }
}

extension PostgresPool {
    /// Lends a connection to `body` inside a transaction.
    @discardableResult
    package func withTransaction<Result>(
        isolation: PostgresIsolation = .readCommitted,
        readOnly: Bool = false,
        _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await withConnection { connection in
            try await connection.withTransaction(isolation: isolation, readOnly: readOnly, body)
        }
    }

    /// Runs `statements` in a transaction of their own, sent as one pipeline on a pooled
    /// connection (`PostgresConnection.transaction(_:isolation:)`); returns each one's rows.
    package func transaction(
        _ statements: [PostgresStatement], isolation: PostgresIsolation = .readCommitted
    ) async throws -> [[PostgresRow]] {
        try await withConnection { try await $0.transaction(statements, isolation: isolation) }
    }

    /// Runs one statement on a pooled connection and returns its rows.
    package func query(_ sql: String, _ parameters: [any PostgresBindable] = []) async throws -> [PostgresRow] {
        try await withConnection { try await $0.query(sql, parameters) }
    }

    /// Runs one statement on a pooled connection and returns the rows it changed.
    @discardableResult
    package func execute(_ sql: String, _ parameters: [any PostgresBindable] = []) async throws -> Int {
        try await withConnection { try await $0.execute(sql, parameters) }
    }
}
