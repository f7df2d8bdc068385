import CLibPQ

/// Collects the data of a `COPY … FROM STDIN` and sends it in chunks of about 1 MiB.
package final class PostgresCopyWriter {
    private let connection: PostgresConnection
    private var buffer: [UInt8] = []
    private let chunkSize = 1 << 20

    init(connection: PostgresConnection) {
        self.connection = connection
        buffer.reserveCapacity(chunkSize + 4096)
    }

    /// Appends text (already in the COPY format of the statement) and sends a full chunk.
    package func write(_ text: String) async throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= chunkSize { try await flush() }
    }

    /// Sends what is buffered.
    func flush() async throws {
        guard !buffer.isEmpty else { return }
        let chunk = buffer
        buffer.removeAll(keepingCapacity: true)
        let connection = self.connection
        try await connection.blocking {
            let sent = chunk.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) {
                    PQputCopyData(connection.handle, $0.baseAddress, Int32($0.count))
                }
            }
            guard sent == 1 else { throw connection.connectionError() }
        }
    }
}
