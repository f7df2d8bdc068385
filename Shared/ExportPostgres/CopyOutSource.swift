import CLibPQ

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
