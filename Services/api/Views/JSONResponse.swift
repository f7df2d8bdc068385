import ExportModels
import Foundation
import Hummingbird

/// JSON responses with the conventions of the API: UTF-8, sorted keys, ISO 8601 instants.
enum JSONResponse {
    /// `value` encoded as the body of a response of `status`.
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try ExportJSON.encoder.encode(value)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
