import COpenSSL

/// A failure reported by OpenSSL. The library's packed error code is kept as data; the
/// human-readable reason is in `debugDescription`.
package struct CryptoError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The OpenSSL function that failed, e.g. `RAND_bytes`.
    package let operation: String
    /// The code from OpenSSL's error queue (`ERR_get_error`), 0 when the queue was empty.
    package let code: UInt

    /// Creates an error for `operation` from the oldest entry of OpenSSL's thread-local error
    /// queue, and empties the queue so that the next failure does not report a stale entry.
    init(operation: String) {
        self.operation = operation
        self.code = UInt(ERR_get_error())
        ERR_clear_error()
    }

    /// `RAND_bytes failed`.
    package var description: String { "\(operation) failed" }

    /// `RAND_bytes failed: error:12800067:DSO support routines::could not load the shared library`.
    package var debugDescription: String {
        guard code != 0 else { return description }
        var buffer = [CChar](repeating: 0, count: 256)
        ERR_error_string_n(UInt(code), &buffer, buffer.count)
        let reason = buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        return "\(description): \(reason)"
    }
}
