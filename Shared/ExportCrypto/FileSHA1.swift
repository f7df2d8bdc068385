import COpenSSL
import Foundation

/// SHA-1 of a file, read a buffer at a time: the checksum data.gouv.fr shows for a resource.
/// Not for security (SHA-1 is broken for that), only to compare a published file with ours.
package enum FileSHA1 {
    /// The lowercase hex SHA-1 of the file at `path`. Blocking; throws when it cannot be read.
    package static func hex(ofFileAt path: String) throws -> String {
        let file = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? file.close() }
        guard let context = EVP_MD_CTX_new() else { throw CryptoError(operation: "EVP_MD_CTX_new") }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestInit_ex(context, EVP_sha1(), nil) == 1 else {
            throw CryptoError(operation: "EVP_DigestInit_ex")
        }
        while let chunk = try file.read(upToCount: 1 << 20), !chunk.isEmpty {
            let updated = chunk.withUnsafeBytes { EVP_DigestUpdate(context, $0.baseAddress, $0.count) }
            guard updated == 1 else { throw CryptoError(operation: "EVP_DigestUpdate") }
        }
        var digest = [UInt8](repeating: 0, count: 20)
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(context, &digest, &length) == 1 else {
            throw CryptoError(operation: "EVP_DigestFinal_ex")
        }
        return Hex.encode(digest.prefix(Int(length)))
    }
}
