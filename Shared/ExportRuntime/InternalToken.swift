package import Hummingbird

/// The shared secret (`INTERNAL_TOKEN`) that internal endpoints require when it is set.
package enum InternalToken {
    /// True when no token is configured, or the request carries `Authorization: Bearer <token>`;
    /// compared in constant time.
    package static func accepts(_ request: Request, expected: String?) -> Bool {
        guard let expected, !expected.isEmpty else { return true }
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else { return false }
        return constantTimeEqual(Array(header.utf8.dropFirst(7)), Array(expected.utf8))
    }

    /// Compares without stopping at the first difference, so timing says nothing of the token.
    static func constantTimeEqual(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
