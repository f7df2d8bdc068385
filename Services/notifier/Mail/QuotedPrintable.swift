import Foundation

/// Quoted-printable encoding of UTF-8 text bodies (RFC 2045 §6.7): lines end in CRLF, no line
/// is longer than 76 characters, `=` and every byte outside printable ASCII is written `=XX`.
/// Since a literal `=` never appears in the output, `=_` can safely start a MIME boundary.
enum QuotedPrintable {
    private static let maximumLineLength = 76
    private static let hexDigits = Array("0123456789ABCDEF".utf8)
    private static let equals = UInt8(ascii: "=")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    /// Encodes `text`; its line breaks (LF or CRLF) become CRLF hard breaks.
    static func encode(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 4)
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = bytes[lineStart...].firstIndex(of: 10) ?? bytes.count
            let next = lineEnd + 1
            if lineEnd > lineStart, bytes[lineEnd - 1] == 13 { lineEnd -= 1 }
            if lineStart > 0 { output += [13, 10] }
            encodeLine(bytes[lineStart..<lineEnd], into: &output)
            lineStart = next
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// One line of text, folded with soft breaks (`=` CRLF) where it would exceed the limit.
    private static func encodeLine(_ line: ArraySlice<UInt8>, into output: inout [UInt8]) {
        var lineLength = 0
        for index in line.indices {
            let byte = line[index]
            let isLast = index == line.endIndex - 1
            let literal =
                (byte >= 33 && byte <= 126 && byte != equals) || ((byte == space || byte == tab) && !isLast)
            let width = literal ? 1 : 3
            // Keep room for the soft break's `=` unless this byte ends the line.
            if lineLength + width > (isLast ? maximumLineLength : maximumLineLength - 1) {
                output += [equals, 13, 10]
                lineLength = 0
            }
            if literal {
                output.append(byte)
            } else {
                output += [equals, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            }
            lineLength += width
        }
    }
}
