package import Foundation

/// A Swift value that can be sent to PostgreSQL as a bound parameter, in PostgreSQL's text input
/// format. Values are always bound (`$1`, `$2`…), never spliced into SQL; the server infers the
/// parameter's type from the statement, so cast in SQL where it cannot (`$1::int[]`).
package protocol PostgresBindable: Sendable {
    /// The value in PostgreSQL's text input format, or nil for SQL NULL.
    var postgresText: String? { get }
}

extension String: PostgresBindable {
    /// The string itself.
    package var postgresText: String? { self }
}

extension Substring: PostgresBindable {
    /// The string itself.
    package var postgresText: String? { String(self) }
}

extension Int: PostgresBindable {
    /// Decimal digits.
    package var postgresText: String? { String(self) }
}

extension Int16: PostgresBindable {
    /// Decimal digits.
    package var postgresText: String? { String(self) }
}

extension Int32: PostgresBindable {
    /// Decimal digits.
    package var postgresText: String? { String(self) }
}

extension Int64: PostgresBindable {
    /// Decimal digits.
    package var postgresText: String? { String(self) }
}

extension Double: PostgresBindable {
    /// The shortest decimal that reads back as the same double; `NaN`, `Infinity` as PostgreSQL spells them.
    package var postgresText: String? {
        if isNaN { return "NaN" }
        if isInfinite { return self < 0 ? "-Infinity" : "Infinity" }
        return "\(self)"
    }
}

extension Bool: PostgresBindable {
    /// `t` or `f`.
    package var postgresText: String? { self ? "t" : "f" }
}

extension UUID: PostgresBindable {
    /// The canonical lowercase form.
    package var postgresText: String? { uuidString.lowercased() }
}

extension Date: PostgresBindable {
    /// An ISO 8601 instant in UTC with microseconds, which `timestamptz` reads exactly.
    package var postgresText: String? { PostgresTimestamp.format(self) }
}

extension Optional: PostgresBindable where Wrapped: PostgresBindable {
    /// NULL for `nil`.
    package var postgresText: String? { self?.postgresText }
}

extension Array: PostgresBindable where Element: PostgresBindable {
    /// A PostgreSQL array literal (`{1,2,3}`, `{"a","b\"c"}`), elements quoted and escaped.
    package var postgresText: String? {
        let items = map { element -> String in
            guard let text = element.postgresText else { return "NULL" }
            let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"\(escaped)\""
        }
        return "{" + items.joined(separator: ",") + "}"
    }
}
