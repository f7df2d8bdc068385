/// Writes rows as CSV (docs/files.md §13): `;` separator, CRLF line ends, RFC 4180 quoting, `.`
/// decimals without trailing zeros, `OUI`/`NON`, empty for null, dates and times as text.
package struct CsvRowFormatter: RowFormatter {
    private var buffer: [UInt8] = []
    private let separator = UInt8(ascii: ";")
    private var atRowStart = true

    /// Creates a formatter that starts with the `header` row; its buffer grows to about
    /// `capacity` bytes between takes.
    package init(header: [String], capacity: Int = 1 << 20) {
        buffer.reserveCapacity(capacity + (1 << 16))
        for name in header { text(name) }
        endRow()
    }

    /// The bytes written and not yet taken.
    package var pendingBytes: Int { buffer.count }

    /// Nothing to do: a row starts with its first cell.
    package mutating func beginRow() {}

    /// Nothing to do: the last row ended with its line end.
    package mutating func finish() {}

    /// Ends the current row.
    package mutating func endRow() {
        buffer.append("\r\n")
        atRowStart = true
    }

    /// Takes the bytes written so far, as one chunk of the single part.
    package mutating func takeChunks() -> [FileChunk] {
        defer { buffer.removeAll(keepingCapacity: true) }
        return buffer.isEmpty ? [] : [FileChunk(part: 1, bytes: buffer)]
    }

    private mutating func beginCell() {
        if !atRowStart { buffer.append(separator) }
        atRowStart = false
    }

    package mutating func empty() { beginCell() }

    package mutating func text(_ bytes: UnsafeRawBufferPointer) {
        beginCell()
        buffer.appendCSVField(bytes, separator: separator)
    }

    package mutating func text(_ string: String) {
        var string = string
        string.withUTF8 { text(UnsafeRawBufferPointer($0)) }
    }

    package mutating func number(_ canonical: UnsafeRawBufferPointer) {
        beginCell()
        buffer.append(contentsOf: canonical)
    }

    package mutating func decimal(_ value: ScaledDecimal) {
        beginCell()
        buffer.appendDecimal(value)
    }

    /// The same text as any decimal: the CSV is for programs, which want the plain number.
    package mutating func euros(_ value: ScaledDecimal) { decimal(value) }

    package mutating func dateTime(_ value: LocalDateTime) {
        beginCell()
        buffer.appendISODate(day: value.day)
        buffer.append(UInt8(ascii: " "))
        buffer.appendClock(seconds: Int64(value.second))
    }

    package mutating func date(_ value: LocalDateTime) {
        beginCell()
        buffer.appendISODate(day: value.day)
    }

    package mutating func time(_ value: LocalDateTime) {
        beginCell()
        buffer.appendClock(seconds: Int64(value.second))
    }

    package mutating func duration(seconds: Int64) {
        beginCell()
        if seconds < 0 { buffer.append(UInt8(ascii: "-")) }
        buffer.appendClock(seconds: Int64(seconds.magnitude))
    }

    package mutating func boolean(_ value: Bool) {
        beginCell()
        buffer.append(value ? "OUI" : "NON")
    }
}
