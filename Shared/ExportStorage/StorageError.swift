/// A storage operation that the store refused or could not carry out. The S3 error code (or
/// the equivalent code of the local store) is kept as data; S3's message and the HTTP status
/// are in `debugDescription`. Transport failures surface as `CurlError`, file system failures
/// as Foundation's errors.
package struct StorageError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// An S3 error code such as `NoSuchKey`; the constants name the ones the services meet.
    package struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        package let rawValue: String

        package init(rawValue: String) {
            self.rawValue = rawValue
        }

        package static let noSuchKey = Code(rawValue: "NoSuchKey")
        package static let noSuchBucket = Code(rawValue: "NoSuchBucket")
        package static let noSuchUpload = Code(rawValue: "NoSuchUpload")
        package static let accessDenied = Code(rawValue: "AccessDenied")
        package static let slowDown = Code(rawValue: "SlowDown")
        package static let requestTimeout = Code(rawValue: "RequestTimeout")
        package static let internalError = Code(rawValue: "InternalError")
        package static let signatureDoesNotMatch = Code(rawValue: "SignatureDoesNotMatch")
        package static let invalidAccessKeyID = Code(rawValue: "InvalidAccessKeyId")
        /// A key that breaks the rules of `ObjectStorage` (never sent to S3).
        package static let invalidKey = Code(rawValue: "InvalidObjectKey")
        /// An S3 answer that could not be understood.
        package static let malformedResponse = Code(rawValue: "MalformedResponse")

        package var description: String { rawValue }
    }

    package let code: Code
    /// The key the operation was about, if any.
    package let key: String?
    /// The HTTP status of an S3 answer, nil for the local store.
    package let status: Int?
    /// S3's message or the local store's explanation.
    package let message: String
    /// How long S3 asked to wait before trying again (`Retry-After`), if it did.
    package let retryAfter: Duration?

    package init(code: Code, key: String?, status: Int? = nil, message: String, retryAfter: Duration? = nil) {
        self.code = code
        self.key = key
        self.status = status
        self.message = message
        self.retryAfter = retryAfter
    }

    /// `NoSuchKey (exports/1b4e…/a.zip)`.
    package var description: String {
        key.map { "\(code) (\($0))" } ?? code.rawValue
    }

    /// `NoSuchKey (exports/1b4e…/a.zip), HTTP 404: The specified key does not exist.`.
    package var debugDescription: String {
        let status = status.map { ", HTTP \($0)" } ?? ""
        return "\(description)\(status): \(message)"
    }
}
