/// One row of a result, read in place: a cell is decoded only when asked for.
///
/// Code reads a row by column name (`decode(_:named:)`) or whole, as a typed tuple checked
/// against the statement (`decode(_:)`), so that a column added to a statement cannot shift
/// what another one decodes. Reading by position (`decode(_:at:)`, `withUnsafeBytes(at:_:)`) is
/// left to the trip and open-data row writers, which read a million rows at a time: their
/// positions are constants beside their select lists, checked against them by a unit test.
package struct PostgresRow: Sendable {
    let result: PostgresResult
    let index: Int

    /// The number of columns.
    package var count: Int { result.columnCount }

    /// True when the cell at `column` is SQL NULL.
    package func isNull(_ column: Int) -> Bool {
        result.isNull(row: index, column: column)
    }

    /// Decodes the cell at `column`; a NULL cell decodes only into an `Optional`.
    package func decode<Value: PostgresDecodable>(_ type: Value.Type = Value.self, at column: Int) throws -> Value {
        try checkRange(of: column)
        if result.isNull(row: index, column: column) { return try nullValue(Value.self, at: column) }
        do {
            return try Value(postgresText: result.bytes(row: index, column: column))
        } catch let error as PostgresError {
            throw PostgresError(
                kind: .decoding, message: "column \(result.columnName(at: column)): \(error.message)")
        }
    }

    /// Decodes the cell at `column`, nil for NULL: the wrapped type is decoded directly, so that
    /// reading a nullable cell does not go through `Optional`'s conformance, whose generic
    /// metadata is looked up at run time on every call (6 % of the builder's processor time on a
    /// million rows, when the row writers read their nullable cells that way).
    package func decode<Wrapped: PostgresDecodable>(_ type: Wrapped?.Type, at column: Int) throws -> Wrapped? {
        try checkRange(of: column)
        return result.isNull(row: index, column: column) ? nil : try decode(Wrapped.self, at: column)
    }

    /// Throws a `.usage` error when the result has no column at `column`.
    @inline(__always)
    private func checkRange(of column: Int) throws {
        guard column >= 0, column < result.columnCount else {
            throw PostgresError(kind: .usage, message: "column \(column) out of range (\(result.columnCount) columns)")
        }
    }

    /// The value a NULL cell at `column` decodes to. Apart from `decode(_:at:)`, which runs for
    /// every cell of a million-row export: its local `Optional<Value>` would make every call, NULL
    /// or not, look the optional's generic metadata up at run time.
    private func nullValue<Value: PostgresDecodable>(_ type: Value.Type, at column: Int) throws -> Value {
        guard let value = Value.postgresNull else {
            throw PostgresError(kind: .decoding, message: "column \(result.columnName(at: column)) is NULL")
        }
        return value
    }

    /// Decodes the cell of the column called `name`; throws a `.usage` error naming the column
    /// when the statement does not select it.
    package func decode<Value: PostgresDecodable>(_ type: Value.Type = Value.self, named name: String) throws -> Value {
        guard let column = result.column(named: name) else {
            throw PostgresError(
                kind: .usage,
                message: "no column named \(name) (the statement selects \(result.columnNames.joined(separator: ", ")))"
            )
        }
        return try decode(type, at: column)
    }

    /// Decodes the whole row as a tuple, column by column (postgres-nio's `decode((Int, String?).self)`):
    /// `let (id, fileKey) = try row.decode((Int64, String?).self)`, or `try row.decode(Bool.self)`
    /// for one column. Throws a `.usage` error when the statement selects another number of
    /// columns than the tuple has.
    package func decode<each Value: PostgresDecodable>(_ types: (repeat each Value).Type) throws -> (repeat each Value)
    {
        var arity = 0
        for _ in repeat (each Value).self { arity += 1 }
        guard arity == result.columnCount else {
            throw PostgresError(
                kind: .usage,
                message: "the statement selects \(result.columnCount) columns "
                    + "(\(result.columnNames.joined(separator: ", "))), the decoder expects \(arity)")
        }
        var column = 0
        func next<Cell: PostgresDecodable>(_ type: Cell.Type) throws -> Cell {
            defer { column += 1 }
            return try decode(type, at: column)
        }
        return (repeat try next((each Value).self))
    }

    /// Gives the raw text bytes of a cell (empty for NULL) to `body`, without copying them; the
    /// pointer must not escape `body`.
    package func withUnsafeBytes<Result>(at column: Int, _ body: (UnsafeRawBufferPointer) throws -> Result) rethrows
        -> Result
    {
        try body(result.bytes(row: index, column: column))
    }
}
