import Foundation
import Hummingbird

/// `{"error": {"code", "message", "details", "request_id"}}`.
struct ErrorBody: Codable {
    /// The inner object.
    struct Content: Codable {
        var code: String
        var message: String
        var details: [APIError.Detail]
        /// The request's `X-Request-Id`, to quote to support.
        var requestID: String?

        enum CodingKeys: String, CodingKey {
            case code, message, details
            case requestID = "request_id"
        }
    }
    var error: Content
}
