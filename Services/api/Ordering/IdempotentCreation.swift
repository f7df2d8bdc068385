import ExportCrypto
import ExportModels
import ExportStore
import Foundation
import Hummingbird

/// Makes `POST /v1/exports` idempotent under an `Idempotency-Key` header (docs/api.md §8): a repeat
/// of the same request within 24 hours returns the first answer; the same key with another body
/// is a 409.
struct IdempotentCreation: Sendable {
    let keys: IdempotencyKeys

    /// Runs `create` once per key and request, answering 201 with the export it returns.
    func run(
        key: String?, caller: Caller, body: CreateExportBody, create: () async throws -> ExportResource
    ) async throws -> Response {
        guard let key else { return try JSONResponse.make(try await create(), status: .created) }
        guard (1...255).contains(key.utf8.count) else {
            throw APIError.validation(field: "Idempotency-Key", "doit compter de 1 à 255 caractères")
        }
        let hash = Hex.encode(SHA256.hash(try ExportJSON.encoder.encode(body)))
        switch try await keys.claim(user: caller.subject, key: key, requestHash: hash) {
        case .answered(let status, let stored):
            return Response(
                status: .init(code: status), headers: [.contentType: "application/json; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: stored)))
        case .mismatch: throw APIError.conflict("Idempotency-Key déjà utilisée pour une autre requête")
        case .inProgress: throw APIError.conflict("une requête avec cette Idempotency-Key est en cours")
        case .claimed: break
        }
        do {
            let resource = try await create()
            let data = try ExportJSON.encoder.encode(resource)
            try await keys.complete(
                user: caller.subject, key: key, status: 201, body: String(decoding: data, as: UTF8.self),
                exportUUID: UUID(uuidString: resource.uuid))
            return try JSONResponse.make(resource, status: .created)
        } catch {
            try? await keys.release(user: caller.subject, key: key)
            throw error
        }
    }
}
