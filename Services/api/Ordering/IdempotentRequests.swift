import ExportCrypto
import ExportModels
import ExportPostgres
import ExportStore
import Foundation
import HTTPTypes
import Hummingbird

/// Makes `POST /v1/exports` and `POST /v1/exports/{uuid}/send` idempotent under an
/// `Idempotency-Key` header (docs/api.md §8). The key is recorded with its answer in
/// the transaction that writes the export or the e-mails, so a repeat of the same request within
/// 24 hours — after a time-out, a lost answer or a crash of the API — gets the first answer
/// (marked `Idempotent-Replayed: true`) and nothing is written twice; the same key with another
/// request is a 409.
struct IdempotentRequests: Sendable {
    /// What a request ended with.
    enum Outcome<Answer: Encodable> {
        /// The work was done now: its answer.
        case written(Answer)
        /// A repeat: the first answer, as it was sent.
        case replayed(IdempotencyKeys.Answer)

        /// The HTTP response: `status` and the answer, or the first answer marked as replayed.
        func response(status: HTTPResponse.Status) throws -> Response {
            switch self {
            case .written(let answer): return try JSONResponse.make(answer, status: status)
            case .replayed(let first):
                return Response(
                    status: .init(code: first.status),
                    headers: [.contentType: "application/json; charset=utf-8", .idempotentReplayed: "true"],
                    body: .init(byteBuffer: ByteBuffer(string: first.body)))
            }
        }
    }

    let pool: PostgresPool

    /// Answers `request` of `caller`, whose decoded body is `body`: `prepare` checks it (outside
    /// any transaction: validation, estimates), then `write` does its work in a transaction and
    /// returns the answer (with `status`) and the export it concerns. Without a key, the
    /// transaction is `write`'s own (a pipeline when it sends fixed statements); with one, it is
    /// the key's, and a first answer found before `prepare` or, under the key's lock, before
    /// `write` is returned instead.
    func run<Prepared, Answer: Encodable>(
        _ request: Request, caller: Caller, body: some Encodable, status: HTTPResponse.Status,
        prepare: () async throws -> Prepared,
        write: (Prepared, PostgresTransactionScope) async throws -> (answer: Answer, exportUUID: UUID)
    ) async throws -> Outcome<Answer> {
        guard let key = try Self.key(of: request, caller: caller, body: body) else {
            let prepared = try await prepare()
            return .written(try await write(prepared, .own(pool)).answer)
        }
        if let first = try await Self.mismatchAsConflict({
            try await pool.withConnection { try await IdempotencyKeys.find(key, on: $0) }
        }) {
            return .replayed(first)
        }
        let prepared = try await prepare()
        return try await pool.withTransaction { connection in
            if let first = try await Self.mismatchAsConflict({
                try await IdempotencyKeys.lockAndFind(key, on: connection)
            }) {
                return .replayed(first)
            }
            let written = try await write(prepared, .open(connection))
            let body = String(decoding: try ExportJSON.encoder.encode(written.answer), as: UTF8.self)
            try await IdempotencyKeys.record(
                key, answer: .init(status: Int(status.code), body: body), exportUUID: written.exportUUID,
                on: connection)
            return .written(written.answer)
        }
    }

    /// The request's key, with the SHA-256 of its method, path and decoded body; nil without
    /// the header, 400 when it is not 1 to 255 characters long.
    private static func key(of request: Request, caller: Caller, body: some Encodable) throws -> IdempotencyKeys.Key? {
        guard let key = request.headers[.idempotencyKey] else { return nil }
        guard (1...255).contains(key.utf8.count) else {
            throw APIError.validation(field: "Idempotency-Key", "doit compter de 1 à 255 caractères")
        }
        var fingerprint = Data("\(request.method.rawValue) \(request.uri.path)\n".utf8)
        fingerprint.append(try ExportJSON.encoder.encode(body))
        return IdempotencyKeys.Key(user: caller.subject, key: key, requestHash: Hex.encode(SHA256.hash(fingerprint)))
    }

    /// Runs `body`, turning a key used for another request into a 409.
    private static func mismatchAsConflict<Result>(_ body: () async throws -> Result) async throws -> Result {
        do {
            return try await body()
        } catch is IdempotencyKeys.Mismatch {
            throw APIError.conflict("Idempotency-Key déjà utilisée pour une autre requête")
        }
    }
}

extension HTTPField.Name {
    /// `Idempotency-Key`, which makes a repeated create or send return the first answer.
    static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
    /// `Idempotent-Replayed: true` on an answer given again for a repeated request.
    static let idempotentReplayed = HTTPField.Name("Idempotent-Replayed")!
}
