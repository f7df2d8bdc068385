import ExportLogging
import ExportModels
import ExportStore
import Foundation
import Hummingbird
import Logging

/// Ordering and following exports: create, estimate, list and status (docs/api.md §4).
struct ExportsController: Sendable {
    let dependencies: APIDependencies
    let idempotency: IdempotentRequests

    /// Adds the routes to `router`.
    func add(to router: Router<some RequestContext>) {
        router.post("/v1/exports") { request, context in try await create(request, context) }
        router.post("/v1/exports/estimate") { request, context in try await estimate(request, context) }
        router.get("/v1/exports") { request, context in try await list(request, context) }
        router.get("/v1/exports/:uuid") { request, context in try await show(request, context) }
    }

    /// `POST /v1/exports`: 201, the new export and its `Location` (idempotent under
    /// `Idempotency-Key`: a repeat gets the first answer and the same `Location`).
    func create(_ request: Request, _ context: some RequestContext) async throws -> Response {
        let caller = try await dependencies.bearer.caller(of: request)
        try await dependencies.checkRate(dependencies.createLimiter, caller: caller)
        let body = try await JSONBodyReader.decode(
            CreateExportBody.self, keys: CreateExportBody.CodingKeys.allCases, from: request)
        let ordering = dependencies.ordering
        let outcome = try await idempotency.run(
            request, caller: caller, body: body, status: .created,
            prepare: {
                let draft = try dependencies.validator.validate(body, fallbackEmail: caller.email)
                return try await ordering.prepare(draft, caller: caller)
            },
            write: { export, scope in
                let record = try await ordering.write(export, in: scope)
                return (dependencies.resource(record, for: caller, created: export.recipients), record.uuid)
            })
        if case .written(let resource) = outcome {
            context.logger.info(
                "export created", metadata: .fields([.exportUUID: resource.uuid, .exportType: resource.type]))
        }
        var response = try outcome.response(status: .created)
        if let location = Self.location(of: outcome) { response.headers[.location] = location }
        return response
    }

    /// The path of the export a create wrote, or of the one its first answer describes.
    static func location(of outcome: IdempotentRequests.Outcome<ExportResource>) -> String? {
        /// The part of a kept answer that names the export.
        struct Created: Decodable { var links: ExportResource.Links }
        switch outcome {
        case .written(let resource): return resource.links.`self`
        case .replayed(let first):
            return try? JSONDecoder().decode(Created.self, from: Data(first.body.utf8)).links.`self`
        }
    }

    /// `POST /v1/exports/estimate`: the rows the export would have; nothing stored. Rate
    /// limited like creates, and at most `CountSlots.perUser` running at once per user.
    func estimate(_ request: Request, _ context: some RequestContext) async throws -> Response {
        let caller = try await dependencies.bearer.caller(of: request)
        try await dependencies.checkRate(dependencies.estimateLimiter, caller: caller)
        let body = try await JSONBodyReader.decode(
            CreateExportBody.self, keys: CreateExportBody.CodingKeys.allCases, from: request)
        let draft = try dependencies.validator.validate(body, fallbackEmail: caller.email, recipientsOptional: true)
        return try JSONResponse.make(try await dependencies.ordering.estimate(draft, caller: caller))
    }

    /// `GET /v1/exports`: a page of the caller's exports (or their organisation's, or everyone's).
    func list(_ request: Request, _ context: some RequestContext) async throws -> Response {
        let caller = try await dependencies.bearer.caller(of: request)
        let query = try ListQuery(request.uri.queryParameters, caller: caller)
        let page = try await ExportListing(pool: dependencies.pool).page(
            scope: query.scope, status: query.status, limit: query.page.limit, after: query.page.cursor)
        var data: [ExportResource] = []
        for record in page.exports { data.append(try await dependencies.resource(record, for: caller)) }
        return try JSONResponse.make(JSONPage(data: data, nextCursor: page.nextCursor?.text))
    }

    /// `GET /v1/exports/{uuid}`.
    func show(_ request: Request, _ context: some RequestContext) async throws -> Response {
        let caller = try await dependencies.bearer.caller(of: request)
        let record = try await dependencies.export(context, caller: caller, .read)
        return try JSONResponse.make(try await dependencies.resource(record, for: caller))
    }
}
