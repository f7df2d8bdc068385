extension Array where Element == UInt8 {
    /// Appends `bytes` as XML character data: `<`, `>` and `&` escaped, characters XML 1.0
    /// forbids (C0 controls other than tab and line ends, U+FFFE, U+FFFF) removed.
    mutating func appendXMLText(_ bytes: UnsafeRawBufferPointer) {
        var start = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            guard Self.mayNeedEscaping(byte) else {
                index += 1
                continue
            }
            let replacement: StaticString
            var skipped = 1
            switch byte {
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "&"): replacement = "&amp;"
            case 0x00..<0x20: replacement = ""
            case 0xEF where index + 2 < count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                replacement = ""
                skipped = 3
            default:
                index += 1
                continue
            }
            append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
            append(
                contentsOf: UnsafeRawBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            index += skipped
            start = index
        }
        append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start..<count]))
    }

    /// The bytes `appendXMLText` looks at twice, as one test of a bit: the C0 controls but tab,
    /// line feed and carriage return, `&`, `<`, `>`, and 0xEF (the lead byte of U+FFFE and U+FFFF).
    /// Every other byte is copied as it is, and most cells hold no byte of these.
    @inline(__always)
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        let controlsAndMarkup: UInt64 =
            0xFFFF_FFFF & ~(1 << 0x09 | 1 << 0x0A | 1 << 0x0D) | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E
        return byte < 64 ? (controlsAndMarkup >> UInt64(byte)) & 1 == 1 : byte == 0xEF
    }

    /// Appends `bytes` as one CSV field (RFC 4180): quoted, with quotes doubled, when it holds
    /// the separator, a quote or a line end.
    mutating func appendCSVField(_ bytes: UnsafeRawBufferPointer, separator: UInt8) {
        let needsQuotes = bytes.contains { $0 == separator || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return append(contentsOf: bytes) }
        append(UInt8(ascii: "\""))
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { append(byte) }
            append(byte)
        }
        append(UInt8(ascii: "\""))
    }

    /// Appends an inline-string cell (`<c t="inlineStr"><is><t>…</t></is></c>`), bold with the
    /// header style, keeping leading or trailing spaces.
    mutating func appendInlineStringCell(_ bytes: UnsafeRawBufferPointer, bold: Bool) {
        append(bold ? "<c s=\"1\" t=\"inlineStr\">" : "<c t=\"inlineStr\">")
        let padded = bytes.first == UInt8(ascii: " ") || bytes.last == UInt8(ascii: " ")
        append(padded ? "<is><t xml:space=\"preserve\">" : "<is><t>")
        appendXMLText(bytes)
        append("</t></is></c>")
    }

    /// Appends an inline-string cell from a string.
    mutating func appendInlineStringCell(_ string: String, bold: Bool) {
        var string = string
        string.withUTF8 { appendInlineStringCell(UnsafeRawBufferPointer($0), bold: bold) }
    }

    /// Appends the UTF-8 of a static string.
    mutating func append(_ literal: StaticString) {
        append(contentsOf: UnsafeRawBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }
}
