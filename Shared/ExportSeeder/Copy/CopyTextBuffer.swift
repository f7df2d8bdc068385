import ExportPostgres
import Foundation

/// Rows in PostgreSQL's COPY text format, built field by field: fields separated by tabs, rows
/// ended by a newline, `\N` for NULL, and backslash, tab, newline and carriage return escaped
/// inside values. The buffer is drained in chunks (`take()`) so that memory stays flat.
struct CopyTextBuffer {
    /// The rows written since the last `take()`.
    private(set) var text = ""
    private var rowHasFields = false

    /// UTF-8 bytes waiting to be taken.
    var byteCount: Int { text.utf8.count }

    /// Appends a text field, escaped, or NULL.
    mutating func append(_ value: String?) {
        startField()
        guard let value else { return text.append("\\N") }
        let needsEscaping = value.utf8.contains { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard needsEscaping else { return text.append(value) }
        for character in value.unicodeScalars {
            switch character {
            case "\\": text.append("\\\\")
            case "\t": text.append("\\t")
            case "\n": text.append("\\n")
            case "\r": text.append("\\r")
            default: text.unicodeScalars.append(character)
            }
        }
    }

    /// Appends an integer field, or NULL.
    mutating func append(_ value: Int?) {
        startField()
        guard let value else { return text.append("\\N") }
        text.append(String(value))
    }

    /// Appends a floating-point field in its shortest exact decimal form, or NULL.
    mutating func append(_ value: Double?) {
        startField()
        guard let value else { return text.append("\\N") }
        text.append(String(value))
    }

    /// Appends a `double precision` field of at most six decimals, given in millionths
    /// (`45764043` → `45.764043`, `-1677000` → `-1.677`), formatted without floating point.
    mutating func append(millionths value: Int) {
        startField()
        if value < 0 { text.append("-") }
        let magnitude = value.magnitude
        text.append(String(magnitude / 1_000_000))
        var fraction = magnitude % 1_000_000
        guard fraction > 0 else { return }
        var width = 6
        while fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        let digits = String(fraction)
        text.append(".")
        text.append(String(repeating: "0", count: width - digits.count))
        text.append(digits)
    }

    /// Appends a `timestamptz` field for an instant in seconds since 1970 (UTC).
    mutating func append(instant seconds: Int64) {
        append(PostgresTimestamp.format(Date(timeIntervalSince1970: TimeInterval(seconds))))
    }

    /// Ends the current row.
    mutating func endRow() {
        text.append("\n")
        rowHasFields = false
    }

    /// Returns the buffered rows and empties the buffer.
    mutating func take() -> String {
        defer { text = "" }
        return text
    }

    /// Writes the field separator unless the field is the row's first.
    private mutating func startField() {
        if rowHasFields { text.append("\t") }
        rowHasFields = true
    }
}
