import CLibPQ

/// The owner of one libpq `PGresult`: its rows are read in place, without copying, and the
/// result is freed when the last row referring to it goes away.
///
/// `@unchecked Sendable`: a `PGresult` is immutable once libpq returns it and libpq documents it
/// as safe to read from any thread; only `deinit` frees it, after every reader is gone.
final class PostgresResult: @unchecked Sendable {
    private let handle: OpaquePointer
    /// Rows in this result.
    let rowCount: Int
    /// Columns in this result.
    let columnCount: Int

    /// Takes ownership of `handle`. Nothing is copied out of it: in single-row mode every row
    /// is a result of its own, so a copy here would be paid per row.
    init(taking handle: OpaquePointer) {
        self.handle = handle
        self.rowCount = Int(PQntuples(handle))
        self.columnCount = Int(PQnfields(handle))
    }

    deinit { PQclear(handle) }

    /// The position of the column called `name` (`PQfnumber`: a scan of the result's own column
    /// table, without allocating for a lower-case name), nil when the statement has none.
    func column(named name: String) -> Int? {
        let column = Int(PQfnumber(handle, name))
        return column >= 0 ? column : nil
    }

    /// The name of the column at `column`, for error messages.
    func columnName(at column: Int) -> String {
        String(cString: PQfname(handle, Int32(column)))
    }

    /// Every column name, in order, for error messages.
    var columnNames: [String] { (0..<columnCount).map(columnName(at:)) }

    /// True when the cell is SQL NULL.
    func isNull(row: Int, column: Int) -> Bool {
        PQgetisnull(handle, Int32(row), Int32(column)) == 1
    }

    /// The bytes of a cell in text format (empty for NULL), valid while this result lives.
    func bytes(row: Int, column: Int) -> UnsafeRawBufferPointer {
        let length = Int(PQgetlength(handle, Int32(row), Int32(column)))
        guard let base = PQgetvalue(handle, Int32(row), Int32(column)) else {
            return UnsafeRawBufferPointer(start: nil, count: 0)
        }
        return UnsafeRawBufferPointer(start: base, count: length)
    }

    /// The number of rows the command touched (`PQcmdTuples`), 0 when it does not say.
    var affectedRows: Int {
        Int(String(cString: PQcmdTuples(handle))) ?? 0
    }

    /// The rows of this result.
    var rows: [PostgresRow] {
        (0..<rowCount).map { PostgresRow(result: self, index: $0) }
    }
}

extension PostgresError {
    /// The error carried by a failed result: SQLSTATE, message, detail and hint.
    static func from(result handle: OpaquePointer) -> PostgresError {
        func field(_ code: Int32) -> String? {
            guard let pointer = PQresultErrorField(handle, code) else { return nil }
            return String(cString: pointer)
        }
        let message = field(clibpq_diag_message_primary) ?? String(cString: PQresultErrorMessage(handle))
        let sqlState = field(clibpq_diag_sqlstate)
        let kind: Kind = (sqlState?.hasPrefix("08") ?? false) ? .connection : .server
        return PostgresError(
            kind: kind,
            message: message.trimmingCharacters(),
            sqlState: sqlState,
            detail: field(clibpq_diag_message_detail),
            hint: field(clibpq_diag_message_hint)
        )
    }
}

extension String {
    /// The text without the trailing line break libpq puts on its messages.
    func trimmingCharacters() -> String {
        var text = Substring(self)
        while let last = text.last, last.isNewline || last == " " { text.removeLast() }
        return String(text)
    }
}
