import COpenSSL
package import Foundation

/// HMAC-SHA256 (RFC 2104) through OpenSSL.
///
/// Like `SHA256.hash`, it stops the process if OpenSSL cannot compute a MAC at all.
package enum HMACSHA256 {
    /// The authentication code of `message` under `key`.
    package static func authenticate(key: some ContiguousBytes, message: some ContiguousBytes) -> [UInt8] {
        var code = [UInt8](repeating: 0, count: SHA256.digestByteCount)
        var length: UInt32 = 0
        let result = key.withUnsafeBytes { keyBytes in
            message.withUnsafeBytes { messageBytes in
                code.withUnsafeMutableBufferPointer { output in
                    HMAC(
                        EVP_sha256(), keyBytes.baseAddress, Int32(keyBytes.count),
                        messageBytes.baseAddress?.assumingMemoryBound(to: UInt8.self), messageBytes.count,
                        output.baseAddress, &length
                    )
                }
            }
        }
        precondition(result != nil, String(reflecting: CryptoError(operation: "HMAC")))
        return code
    }

    /// The authentication code of the UTF-8 bytes of `message` under `key`.
    package static func authenticate(key: some ContiguousBytes, utf8 message: String) -> [UInt8] {
        authenticate(key: key, message: Array(message.utf8))
    }
}
