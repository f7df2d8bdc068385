import ExportCurl
import ExportLogging
import Foundation
import Logging

/// One S3 API call, before it is signed.
struct S3Call {
    var method: HTTPMethod
    /// The object, or nil for a call on the bucket.
    var key: String?
    var query: [QueryParameter] = []
    /// Headers to sign and send besides those the signer adds.
    var headers: [String: String] = [:]
    var body: HTTPRequestBody = .empty
    var payloadHash = SigV4Signer.emptyPayloadHash
    var isCancellable = true
}
