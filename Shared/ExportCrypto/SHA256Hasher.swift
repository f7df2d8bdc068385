import COpenSSL
package import Foundation

/// An incremental SHA-256 computation, for input that arrives in chunks (a large file read a
/// buffer at a time). Single owner: `finalize()` consumes it.
///
/// Like `SHA256.hash`, it stops the process if OpenSSL cannot hash at all.
package struct SHA256Hasher: ~Copyable {
    /// The OpenSSL digest context, owned by this value and freed in `deinit`.
    private let context: OpaquePointer

    /// Starts an empty computation.
    package init() {
        guard let context = EVP_MD_CTX_new() else {
            preconditionFailure(String(reflecting: CryptoError(operation: "EVP_MD_CTX_new")))
        }
        self.context = context
        Self.check(EVP_DigestInit_ex(context, EVP_sha256(), nil), "EVP_DigestInit_ex")
    }

    deinit {
        EVP_MD_CTX_free(context)
    }

    /// Adds `bytes` to the input.
    package mutating func update(_ bytes: some ContiguousBytes) {
        bytes.withUnsafeBytes { buffer in
            Self.check(EVP_DigestUpdate(context, buffer.baseAddress, buffer.count), "EVP_DigestUpdate")
        }
    }

    /// The digest of everything added so far.
    package consuming func finalize() -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: SHA256.digestByteCount)
        var length: UInt32 = 0
        Self.check(EVP_DigestFinal_ex(context, &digest, &length), "EVP_DigestFinal_ex")
        return digest
    }

    /// Stops the process with OpenSSL's reason when a digest call did not return 1.
    private static func check(_ result: Int32, _ operation: String) {
        precondition(result == 1, String(reflecting: CryptoError(operation: operation)))
    }
}
