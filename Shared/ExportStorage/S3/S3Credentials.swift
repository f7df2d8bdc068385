/// An S3 access key. The secret never appears in `description`, logs or errors.
public struct S3Credentials: Sendable, CustomStringConvertible {
    /// The public half, e.g. `AKIAIOSFODNN7EXAMPLE`.
    public let accessKeyID: String
    /// The secret half, used only to derive signing keys.
    public let secretAccessKey: String

    public init(accessKeyID: String, secretAccessKey: String) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
    }

    /// `S3Credentials(accessKeyID: AKIAIOSFODNN7EXAMPLE, secretAccessKey: <redacted>)`.
    public var description: String {
        "S3Credentials(accessKeyID: \(accessKeyID), secretAccessKey: <redacted>)"
    }
}
