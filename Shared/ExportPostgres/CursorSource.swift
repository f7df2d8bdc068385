import CLibPQ

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
