import Foundation

/// Refuses, before any signature check, a token whose header names another algorithm than
/// HS256 (`none`, RS256…): the key collection would otherwise check an RS256-labelled token
/// with the HMAC key.
package enum AlgorithmPin {
    /// The header fields read here.
    private struct Header: Decodable {
        var alg: String
    }

    /// True when the token's header says `"alg": "HS256"`.
    package static func isHS256(_ token: String) -> Bool {
        guard let encoded = token.split(separator: ".", maxSplits: 1).first, let data = base64URLDecode(encoded),
            let header = try? JSONDecoder().decode(Header.self, from: data)
        else { return false }
        return header.alg == "HS256"
    }

    /// Decodes unpadded base64url text.
    private static func base64URLDecode(_ text: Substring) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }
}
