import COpenSSL

/// Cryptographically secure random bytes from OpenSSL's generator.
package enum SecureRandom {
    /// `count` random bytes. Throws `CryptoError` when the generator cannot be seeded.
    package static func bytes(count: Int) throws -> [UInt8] {
        precondition(count >= 0, "a negative byte count")
        var bytes = [UInt8](repeating: 0, count: count)
        guard RAND_bytes(&bytes, Int32(count)) == 1 else {
            throw CryptoError(operation: "RAND_bytes")
        }
        return bytes
    }
}
