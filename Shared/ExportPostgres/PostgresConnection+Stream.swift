import CLibPQ

extension PostgresConnection {
    /// Runs `sql` and gives its rows to `body` as a stream; the statement is finished (or
    /// cancelled, if `body` stops early or throws) before this returns. The connection is in use
    /// until then: `body` must not send statements on it.
    package func stream<Result>(
        _ sql: String,
        _ parameters: [any PostgresBindable] = [],
        method: PostgresStreamMethod = .singleRow,
        _ body: (PostgresStream<PostgresRow>) async throws -> Result
    ) async throws -> Result {
        let values = parameters.map(\.postgresText)
        return try await exclusively {
            let source: any BlockingBatchSource<PostgresRow>
            switch method {
            case .singleRow:
                source = try await blocking { [self] in
                    try SingleRowSource(connection: self, sql: sql, values: values)
                }
            case .cursor(let batchSize):
                source = try await blocking { [self] in
                    try CursorSource(connection: self, sql: sql, values: values, batchSize: max(1, batchSize))
                }
            }
            return try await consume(source, body)
        }
    }

    /// Streams the output of `COPY … TO STDOUT` as chunks of whole lines (about 256 KiB each).
    /// COPY takes no parameters: use it only for statements without user input.
    package func copyOut<Result>(
        _ sql: String,
        _ body: (PostgresStream<[UInt8]>) async throws -> Result
    ) async throws -> Result {
        try await exclusively {
            let source = try await blocking { [self] in try CopyOutSource(connection: self, sql: sql) }
            return try await consume(source, body)
        }
    }

    /// Lends a stream over `source` to `body`, and closes it whatever happens.
    private func consume<Element, Result>(
        _ source: any BlockingBatchSource<Element>,
        _ body: (PostgresStream<Element>) async throws -> Result
    ) async throws -> Result {
        let prefetcher = Prefetcher(source: source, threadPool: threadPool)
        let result: Result
        do {
            result = try await body(PostgresStream(prefetcher: prefetcher))
        } catch {
            await prefetcher.close()
            if PQstatus(handle) != CONNECTION_OK { markBroken() }
            throw error
        }
        await prefetcher.close()
        return result
    }
}
