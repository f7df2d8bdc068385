/// A failure of minizip or of the archive rules this package keeps; `code` is minizip's return
/// value when it comes from the library.
package struct ZipError: Error, CustomStringConvertible, CustomDebugStringConvertible {
    /// What was being done.
    package let operation: String
    /// minizip's return code, or nil for a rule of this package.
    package let code: Int32?
    /// The archive's path.
    package let path: String

    /// One line for logs and the export's `error`.
    package var description: String {
        code.map { "zip: \(operation) failed (minizip \($0))" } ?? "zip: \(operation)"
    }

    /// The same with the archive's path.
    package var debugDescription: String { "\(description) in \(path)" }
}
