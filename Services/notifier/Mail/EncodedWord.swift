import Foundation

/// Header text for non-ASCII subjects and display names (RFC 2047): `=?UTF-8?B?…?=` words of
/// at most 75 characters, folded onto continuation lines, never splitting a character.
enum EncodedWord {
    /// Bytes of text per word: 45 bytes make 60 base64 characters, 72 with the delimiters.
    private static let bytesPerWord = 45

    /// `text` as it may appear in an unstructured header (Subject): unchanged when it is plain
    /// printable ASCII, else encoded. Line breaks are replaced by spaces first (no header
    /// injection through user-given text).
    static func header(_ text: String) -> String {
        let flat = singleLine(text)
        return isPlainASCII(flat) ? flat : encode(flat)
    }

    /// A display name for an address header: a quoted string when ASCII, else encoded words.
    static func displayName(_ name: String) -> String {
        let flat = singleLine(name)
        guard isPlainASCII(flat) else { return encode(flat) }
        let escaped = flat.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(escaped)\""
    }

    /// Encoded words for `text`, separated by CRLF and a space (folding white space).
    static func encode(_ text: String) -> String {
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > bytesPerWord {
                words.append(word(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append(word(chunk)) }
        return words.joined(separator: "\r\n ")
    }

    private static func word(_ bytes: [UInt8]) -> String {
        "=?UTF-8?B?\(Data(bytes).base64EncodedString())?="
    }

    /// `text` with CR, LF and tabs turned into spaces.
    static func singleLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// True when every character is printable ASCII, so that the text needs no encoding; a
    /// text that looks like an encoded word is encoded too.
    private static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 32 && $0 < 127 } && !text.contains("=?") && text.count <= 900
    }
}
