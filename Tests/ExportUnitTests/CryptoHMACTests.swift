import ExportCrypto
import Foundation
import Testing

/// HMAC-SHA256 against the test cases of RFC 4231 (section 4).
@Suite struct CryptoHMACTests {
    /// One test case of the RFC.
    struct Vector: Sendable, CustomTestStringConvertible {
        let testCase: Int
        let key: [UInt8]
        let message: [UInt8]
        let mac: String

        var testDescription: String { "RFC 4231 test case \(testCase)" }
    }

    static let vectors = [
        Vector(
            testCase: 1, key: [UInt8](repeating: 0x0B, count: 20), message: Array("Hi There".utf8),
            mac: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
        ),
        Vector(
            testCase: 2, key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8),
            mac: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        ),
        Vector(
            testCase: 3, key: [UInt8](repeating: 0xAA, count: 20), message: [UInt8](repeating: 0xDD, count: 50),
            mac: "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"
        ),
        Vector(
            testCase: 6, key: [UInt8](repeating: 0xAA, count: 131),
            message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
            mac: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        ),
        Vector(
            testCase: 7, key: [UInt8](repeating: 0xAA, count: 131),
            message: Array(
                ("This is a test using a larger than block-size key and a larger than block-size data. "
                    + "The key needs to be hashed before being used by the HMAC algorithm.").utf8
            ),
            mac: "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"
        ),
    ]

    @Test(arguments: vectors)
    func matchesTheRFCTestCase(_ vector: Vector) {
        #expect(Hex.encode(HMACSHA256.authenticate(key: vector.key, message: vector.message)) == vector.mac)
    }

    @Test func authenticatesTextAsItsUTF8Bytes() {
        let vector = Self.vectors[1]
        let mac = HMACSHA256.authenticate(key: Data(vector.key), utf8: "what do ya want for nothing?")
        #expect(Hex.encode(mac) == vector.mac)
    }
}
