/// One `name=value` pair of a query string, unencoded.
package struct QueryParameter: Hashable, Sendable {
    package var name: String
    package var value: String

    /// A parameter; a flag such as `uploads` has an empty value and is written `uploads=`, the
    /// form SigV4 signs.
    package init(_ name: String, _ value: String = "") {
        self.name = name
        self.value = value
    }
}

/// What AWS Signature Version 4 signs of a request.
package struct SigV4Request: Sendable {
    /// `GET`, `PUT`…
    package var method: String
    /// The `Host` header exactly as sent, with the port when it is not the scheme's default.
    package var host: String
    /// The path, already encoded with `SigV4Encoding.encodePath` (S3 encodes it only once).
    package var encodedPath: String
    /// The query, unencoded; the signer sorts and encodes it.
    package var query: [QueryParameter]
    /// Other headers to sign (e.g. `content-type`), by name; `host` is always signed, and
    /// `signedHeaders(for:at:)` adds `x-amz-date` and `x-amz-content-sha256`.
    package var headers: [String: String]
    /// The lowercase hex SHA-256 of the body, or `SigV4Signer.unsignedPayload`.
    package var payloadHash: String

    package init(
        method: String,
        host: String,
        encodedPath: String,
        query: [QueryParameter] = [],
        headers: [String: String] = [:],
        payloadHash: String
    ) {
        self.method = method
        self.host = host
        self.encodedPath = encodedPath
        self.query = query
        self.headers = headers
        self.payloadHash = payloadHash
    }
}

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
