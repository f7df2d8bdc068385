/// The URI encoding of SigV4: every byte of the UTF-8 form is percent-encoded (uppercase hex)
/// except the unreserved characters `A-Z a-z 0-9 - _ . ~`; a space is `%20`, never `+`.
package enum SigV4Encoding {
    /// `text` encoded for a query name or value: `/` is encoded too.
    package static func encode(_ text: String) -> String {
        encode(text, keepingSlashes: false)
    }

    /// An object path (`/bucket/exports/a b.zip` → `/bucket/exports/a%20b.zip`): `/` is kept.
    package static func encodePath(_ path: String) -> String {
        encode(path, keepingSlashes: true)
    }

    /// The canonical query string: parameters encoded, sorted by name then value, joined by `&`,
    /// each written `name=value` even when the value is empty.
    package static func canonicalQuery(_ parameters: [QueryParameter]) -> String {
        parameters
            .map { (encode($0.name), encode($0.value)) }
            .sorted { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .map { "\($0.0)=\($0.1)" }
            .joined(separator: "&")
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func encode(_ text: String, keepingSlashes: Bool) -> String {
        var encoded: [UInt8] = []
        encoded.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isUnreserved(byte) || (keepingSlashes && byte == UInt8(ascii: "/")) {
                encoded.append(byte)
            } else {
                encoded.append(contentsOf: [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]])
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
            UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}
