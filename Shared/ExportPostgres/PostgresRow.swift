/// One row of a result, read in place: a cell is decoded only when asked for.
public struct PostgresRow: Sendable {
    let result: PostgresResult
    let index: Int

    /// The number of columns.
    public var count: Int { result.columnCount }

    /// The column names, in order.
    public var columnNames: [String] { result.columnNames }

    /// True when the cell at `column` is SQL NULL.
    public func isNull(_ column: Int) -> Bool {
        result.isNull(row: index, column: column)
    }

    /// Decodes the cell at `column`; a NULL cell decodes only into an `Optional`.
    public func decode<Value: PostgresDecodable>(_ type: Value.Type = Value.self, at column: Int) throws -> Value {
        guard column >= 0, column < result.columnCount else {
            throw PostgresError(kind: .usage, message: "column \(column) out of range (\(result.columnCount) columns)")
        }
        if result.isNull(row: index, column: column) {
            guard let value = Value.postgresNull else {
                throw PostgresError(kind: .decoding, message: "column \(result.columnNames[column]) is NULL")
            }
            return value
        }
        do {
            return try Value(postgresText: result.bytes(row: index, column: column))
        } catch let error as PostgresError {
            throw PostgresError(kind: .decoding, message: "column \(result.columnNames[column]): \(error.message)")
        }
    }

    /// Decodes the cell of the column called `name`.
    public func decode<Value: PostgresDecodable>(_ type: Value.Type = Value.self, named name: String) throws -> Value {
        guard let column = result.columnNames.firstIndex(of: name) else {
            throw PostgresError(kind: .usage, message: "no column named \(name)")
        }
        return try decode(type, at: column)
    }

    /// Gives the raw text bytes of a cell (empty for NULL) to `body`, without copying them; the
    /// pointer must not escape `body`.
    public func withUnsafeBytes<Result>(at column: Int, _ body: (UnsafeRawBufferPointer) throws -> Result) rethrows
        -> Result
    {
        try body(result.bytes(row: index, column: column))
    }
}

/// A type built from a whole row, e.g. a record struct with one property per column.
public protocol PostgresRowDecodable: Sendable {
    /// Decodes `row`.
    init(row: PostgresRow) throws
}
