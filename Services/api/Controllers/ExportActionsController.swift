import ExportLogging
import ExportModels
import ExportNotifierClient
import ExportPostgres
import ExportRuntime
import ExportStorage
import ExportStore
import Foundation
import Hummingbird
import Logging

/// What an owner or an admin does to an export: cancel, send, delete, read its logs (docs/api.md §4,
/// answers per status as docs/api.md §6 says).
struct ExportActionsController: Sendable {
    let dependencies: APIDependencies
    let idempotency: IdempotentRequests

    /// Adds the routes to `router`.
    func add(to router: Router<some RequestContext>) {
        router.post("/v1/exports/:uuid/cancel") { request, context in try await cancel(request, context) }
        router.post("/v1/exports/:uuid/send") { request, context in try await send(request, context) }
        router.delete("/v1/exports/:uuid") { request, context in try await delete(request, context) }
        router.get("/v1/exports/:uuid/logs") { request, context in try await logs(request, context) }
    }

    /// `POST /v1/exports/{uuid}/cancel`: only pending or running exports; 409 otherwise.
    func cancel(_ request: Request, _ context: some RequestContext) async throws -> Response {
        let caller = try await dependencies.bearer.caller(of: request)
        let record = try await dependencies.export(context, caller: caller, .act)
        guard let canceled = try await ExportLifecycle(pool: dependencies.pool).cancel(record.id, actor: caller.subject)
        else {
            throw APIError.conflict("un export \(record.status.rawValue) ne peut plus être annulé")
        }
        context.logger.info("export canceled", metadata: .fields([.exportUUID: record.uuid]))
        return try JSONResponse.make(try await dependencies.resource(canceled, for: caller))
    }

    /// `POST /v1/exports/{uuid}/send`: 202 `{"queued": N}` once the e-mails are in the outbox
    /// (idempotent under `Idempotency-Key`: a repeat queues nothing).
    func send(_ request: Request, _ context: some RequestContext) async throws -> Response {
        let caller = try await dependencies.bearer.caller(of: request)
        let record = try await dependencies.export(context, caller: caller, .act)
        try DownloadAvailability.check(record)
        try await dependencies.checkRate(dependencies.sendLimiter, caller: caller)
        let body = try await JSONBodyReader.decode(SendBody.self, keys: SendBody.CodingKeys.allCases, from: request)
        let outcome = try await idempotency.run(
            request, caller: caller, body: body, status: .accepted,
            prepare: { try SendOrder(body) },
            write: { order, scope in
                let queued = try await scope.withConnection { connection in
                    let queued = try await SendRequests.queue(
                        exportID: record.id, recipients: order.recipients, senderName: caller.displayName,
                        message: order.message, actor: caller.subject, on: connection)
                    guard queued > 0 else {
                        throw APIError.validation(field: "recipients", "aucun destinataire à qui envoyer le lien")
                    }
                    return queued
                }
                return (["queued": queued], record.uuid)
            })
        if case .written(let answer) = outcome {
            context.logger.info(
                "send queued",
                metadata: .fields([.exportUUID: record.uuid, .notificationQueued: answer["queued"] ?? 0]))
            // The rows are committed: the answer does not wait for the notifier, which also has a timer.
            let notifier = dependencies.notifier
            Task { _ = await notifier.wake(export: record.uuid) }
        }
        return try outcome.response(status: .accepted)
    }

    /// `DELETE /v1/exports/{uuid}`: the file removed and the recipients scrambled now.
    func delete(_ request: Request, _ context: some RequestContext) async throws -> Response {
        let caller = try await dependencies.bearer.caller(of: request)
        let record = try await dependencies.export(context, caller: caller, .act)
        let deleted = try await ExportLifecycle(pool: dependencies.pool).delete(record.id, actor: caller.subject)
        if let key = deleted.fileKey { try await dependencies.storage.delete(key: key) }
        context.logger.info("export deleted", metadata: .fields([.exportUUID: record.uuid]))
        return try JSONResponse.make(try await dependencies.resource(deleted.record, for: caller))
    }

    /// `GET /v1/exports/{uuid}/logs`: a page of the audit trail, oldest first (`limit`, `cursor`).
    func logs(_ request: Request, _ context: some RequestContext) async throws -> Response {
        let caller = try await dependencies.bearer.caller(of: request)
        let query = try PageQuery(request.uri.queryParameters)
        let record = try await dependencies.export(context, caller: caller, .read)
        let page = try await ExportLogListing(pool: dependencies.pool).page(
            of: record.id, limit: query.limit, after: query.cursor)
        return try JSONResponse.make(
            JSONPage(data: page.entries.map(LogResource.init), nextCursor: page.nextCursor?.text))
    }
}
