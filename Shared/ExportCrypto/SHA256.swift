import COpenSSL
package import Foundation

/// SHA-256 (FIPS 180-4) through OpenSSL.
///
/// Hashing fails in OpenSSL only when memory cannot be allocated or the default provider is
/// missing, which leaves the process unable to do any cryptography; such a failure stops the
/// process with OpenSSL's reason rather than being thrown to every caller.
package enum SHA256 {
    /// The length of a digest in bytes.
    package static let digestByteCount = 32

    /// The digest of `bytes`.
    package static func hash(_ bytes: some ContiguousBytes) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: digestByteCount)
        let result = bytes.withUnsafeBytes { input in
            digest.withUnsafeMutableBufferPointer { output in
                COpenSSL.SHA256(input.baseAddress?.assumingMemoryBound(to: UInt8.self), input.count, output.baseAddress)
            }
        }
        precondition(result != nil, String(reflecting: CryptoError(operation: "SHA256")))
        return digest
    }

    /// The digest of the UTF-8 bytes of `text`.
    package static func hash(utf8 text: String) -> [UInt8] {
        hash(Array(text.utf8))
    }
}
