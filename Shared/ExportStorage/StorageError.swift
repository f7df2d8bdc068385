/// A storage operation that the store refused or could not carry out. The S3 error code (or
/// the equivalent code of the local store) is kept as data; S3's message and the HTTP status
/// are in `debugDescription`. Transport failures surface as `CurlError`, file system failures
/// as Foundation's errors.
public struct StorageError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// An S3 error code such as `NoSuchKey`; the constants name the ones the services meet.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let noSuchKey = Code(rawValue: "NoSuchKey")
        public static let noSuchBucket = Code(rawValue: "NoSuchBucket")
        public static let noSuchUpload = Code(rawValue: "NoSuchUpload")
        public static let accessDenied = Code(rawValue: "AccessDenied")
        public static let slowDown = Code(rawValue: "SlowDown")
        public static let requestTimeout = Code(rawValue: "RequestTimeout")
        public static let internalError = Code(rawValue: "InternalError")
        public static let signatureDoesNotMatch = Code(rawValue: "SignatureDoesNotMatch")
        public static let invalidAccessKeyID = Code(rawValue: "InvalidAccessKeyId")
        /// A key that breaks the rules of `ObjectStorage` (never sent to S3).
        public static let invalidKey = Code(rawValue: "InvalidObjectKey")
        /// An S3 answer that could not be understood.
        public static let malformedResponse = Code(rawValue: "MalformedResponse")

        public var description: String { rawValue }
    }

    public let code: Code
    /// The key the operation was about, if any.
    public let key: String?
    /// The HTTP status of an S3 answer, nil for the local store.
    public let status: Int?
    /// S3's message or the local store's explanation.
    public let message: String
    /// How long S3 asked to wait before trying again (`Retry-After`), if it did.
    public let retryAfter: Duration?

    public init(code: Code, key: String?, status: Int? = nil, message: String, retryAfter: Duration? = nil) {
        self.code = code
        self.key = key
        self.status = status
        self.message = message
        self.retryAfter = retryAfter
    }

    /// `NoSuchKey (exports/1b4e…/a.zip)`.
    public var description: String {
        key.map { "\(code) (\($0))" } ?? code.rawValue
    }

    /// `NoSuchKey (exports/1b4e…/a.zip), HTTP 404: The specified key does not exist.`.
    public var debugDescription: String {
        let status = status.map { ", HTTP \($0)" } ?? ""
        return "\(description)\(status): \(message)"
    }
}
