/// An S3 access key. The secret never appears in `description`, logs or errors.
package struct S3Credentials: Sendable, CustomStringConvertible {
    /// The public half, e.g. `AKIAIOSFODNN7EXAMPLE`.
    package let accessKeyID: String
    /// The secret half, used only to derive signing keys.
    package let secretAccessKey: String

    package init(accessKeyID: String, secretAccessKey: String) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
    }

    /// `S3Credentials(accessKeyID: AKIAIOSFODNN7EXAMPLE, secretAccessKey: <redacted>)`.
    package var description: String {
        "S3Credentials(accessKeyID: \(accessKeyID), secretAccessKey: <redacted>)"
    }
}
