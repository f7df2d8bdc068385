import ExportCrypto
import Foundation
import Testing

/// SHA-256 against the examples of NIST FIPS 180-2 (appendix B) and the empty message.
@Suite struct CryptoDigestTests {
    static let vectors: [(message: String, digest: String)] = [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ]
    /// The digest of one million `a` (FIPS 180-2, B.3).
    static let millionADigest = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"

    @Test(arguments: vectors)
    func hashesTheNISTExamples(message: String, digest: String) {
        #expect(Hex.encode(SHA256.hash(utf8: message)) == digest)
        #expect(Hex.encode(SHA256.hash(Data(message.utf8))) == digest)
    }

    @Test func hashesOneMillionLettersInOneCall() {
        #expect(Hex.encode(SHA256.hash([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))) == Self.millionADigest)
    }

    @Test func hashesInChunksAsInOneCall() {
        var hasher = SHA256Hasher()
        let chunk = Data(repeating: UInt8(ascii: "a"), count: 999)
        for _ in 0..<1000 { hasher.update(chunk) }
        hasher.update(Data(repeating: UInt8(ascii: "a"), count: 1000))
        #expect(Hex.encode(hasher.finalize()) == Self.millionADigest)
    }

    @Test func hashesNothingAsTheEmptyMessage() {
        #expect(Hex.encode(SHA256Hasher().finalize()) == Self.vectors[0].digest)
    }

    @Test func writesTwoLowercaseHexDigitsPerByte() {
        #expect(Hex.encode([0x00, 0x0F, 0xA5, 0xFF]) == "000fa5ff")
        #expect(Hex.encode([]).isEmpty)
    }

    @Test func drawsDifferentRandomBytesEachTime() throws {
        let first = try SecureRandom.bytes(count: 32)
        let second = try SecureRandom.bytes(count: 32)
        #expect(first.count == 32)
        #expect(first != second)
    }
}
