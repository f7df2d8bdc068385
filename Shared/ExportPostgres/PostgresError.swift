/// A failure reported by libpq or by the PostgreSQL server, with the server's SQLSTATE kept as
/// data so that callers can react to a specific condition (a unique violation, a serialization
/// failure, a query cancelled by a time-out…).
package struct PostgresError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What went wrong, coarsely.
    package enum Kind: Sendable, Equatable {
        /// The connection could not be opened, or was lost.
        case connection
        /// The server refused or failed the statement; `sqlState` says why.
        case server
        /// A value in a result could not be decoded into the requested Swift type.
        case decoding
        /// The pool or connection was closed before the operation could run.
        case closed
        /// Every connection of the pool stayed lent for `DATABASE_POOL_TIMEOUT`: nothing was run.
        case poolTimeout
        /// The library was used in a way it does not allow (a programming error on our side).
        case usage
    }

    /// What went wrong.
    package let kind: Kind
    /// The five-character SQLSTATE code, when the server sent one (`23505`, `40001`, `57014`…).
    package let sqlState: String?
    /// The primary message, as the server or libpq wrote it.
    package let message: String
    /// The server's optional detail line.
    package let detail: String?
    /// The server's optional hint.
    package let hint: String?

    /// Creates an error; `sqlState`, `detail` and `hint` are usually only known for server errors.
    package init(kind: Kind, message: String, sqlState: String? = nil, detail: String? = nil, hint: String? = nil) {
        self.kind = kind
        self.message = message
        self.sqlState = sqlState
        self.detail = detail
        self.hint = hint
    }

    /// True for a unique-constraint violation (SQLSTATE 23505).
    package var isUniqueViolation: Bool { sqlState == "23505" }

    /// True for a statement cancelled by `statement_timeout` or a cancel request (SQLSTATE 57014).
    package var isQueryCanceled: Bool { sqlState == "57014" }

    /// True when the connection is unusable afterwards: the caller should not reuse it.
    package var isConnectionLoss: Bool {
        kind == .connection || kind == .closed || (sqlState?.hasPrefix("08") ?? false)
            || sqlState == "57P01" || sqlState == "57P02" || sqlState == "57P03"
    }

    /// True for a prepared statement the session no longer has (26000) or whose result a
    /// schema change altered (0A000, "cached plan must not change result type").
    var isStalePreparedStatement: Bool { sqlState == "0A000" || sqlState == "26000" }

    /// A short, safe summary: no parameter values and no query text.
    package var description: String {
        if let sqlState { return "PostgreSQL error \(sqlState): \(message)" }
        return "PostgreSQL \(kind) error: \(message)"
    }

    /// Everything known about the error, for logs.
    package var debugDescription: String {
        var text = description
        if let detail { text += " (detail: \(detail))" }
        if let hint { text += " (hint: \(hint))" }
        return text
    }
}
