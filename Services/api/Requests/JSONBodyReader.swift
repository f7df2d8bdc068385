import Foundation
import Hummingbird
import NIOCore

/// Reads a JSON request body into a value, so that every client mistake is a 4xx: a body over
/// the size limit (413), not an object, an unknown field, a missing field or a wrong type (400
/// naming the field).
enum JSONBodyReader {
    /// The largest body accepted.
    static let maximumBytes = 64 * 1024

    /// Decodes the body of `request` as `Body`, whose coding keys are the only fields allowed;
    /// an empty body reads as `{}`.
    static func decode<Body: Decodable>(
        _: Body.Type, keys: some Sequence<some CodingKey>, from request: Request
    ) async throws -> Body {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: maximumBytes)
        } catch is NIOTooManyBytesError {
            throw APIError.payloadTooLarge
        }
        let data = buffer.readableBytes == 0 ? Data("{}".utf8) : Data(buffer.readableBytesView)
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw APIError.validation(field: "body", "doit être un objet JSON valide")
        }
        let allowed = Set(keys.map(\.stringValue))
        let unknown = object.keys.filter { !allowed.contains($0) }.sorted()
        guard unknown.isEmpty else {
            throw APIError.validation(unknown.map { .init(field: $0, message: "champ inconnu") })
        }
        do {
            return try JSONDecoder().decode(Body.self, from: data)
        } catch let error as DecodingError {
            throw APIError.validation([describe(error)])
        }
    }

    /// The field and the French reason of a decoding failure.
    static func describe(_ error: DecodingError) -> APIError.Detail {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
                .trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .keyNotFound(let key, let context):
            return .init(field: path(context.codingPath + [key]), message: "est obligatoire")
        case .valueNotFound(_, let context):
            return .init(field: path(context.codingPath), message: "ne peut pas être null")
        case .typeMismatch(let type, let context):
            return .init(field: path(context.codingPath), message: "n'a pas le type attendu (\(typeName(type)))")
        case .dataCorrupted(let context):
            // The decoder's `debugDescription` is English and names Swift types: never shown.
            let field = path(context.codingPath)
            return .init(field: field.isEmpty ? "body" : field, message: "valeur invalide")
        @unknown default:
            return .init(field: "body", message: "valeur invalide")
        }
    }

    /// A French name of the type a field should have.
    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "texte"
        case is Int.Type: "entier"
        case is [Any].Type: "tableau"
        default: type is [String: Any].Type ? "objet" : "autre"
        }
    }
}
