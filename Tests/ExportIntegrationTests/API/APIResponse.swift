import ExportCurl
import Foundation

/// A response of the API under test, with helpers to read its JSON.
struct APIResponse: Sendable {
    let status: Int
    let headers: HTTPHeaders
    let body: Data

    /// The body as a JSON object (empty when it is not one).
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]
    }

    /// The `error.code` of an error body.
    var errorCode: String? { (json["error"] as? [String: Any])?["code"] as? String }

    /// The `field`s of an error body's details.
    var errorFields: [String] {
        ((json["error"] as? [String: Any])?["details"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
    }

    /// The body as text.
    var text: String { String(decoding: body, as: UTF8.self) }
}
