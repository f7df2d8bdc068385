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

    /// `POST /v1/exports`: 201 and the new export (idempotent under `Idempotency-Key`).
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
            write: { export, connection in
                let record = try await ordering.write(export, on: connection)
                return (try await dependencies.resource(record, for: caller, on: connection), record.uuid)
            })
        if case .written(let resource) = outcome {
            context.logger.info(
                "export created", metadata: ["export.uuid": "\(resource.uuid)", "export.type": "\(resource.type)"])
        }
        return try outcome.response(status: .created)
    }

    /// `POST /v1/exports/estimate`: the rows the export would have; nothing stored.
    func estimate(_ request: Request, _ context: some RequestContext) async throws -> Response {
        let caller = try await dependencies.bearer.caller(of: request)
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
            scope: query.scope, status: query.status, limit: query.limit, after: query.cursor)
        var data: [ExportResource] = []
        for record in page.exports { data.append(try await dependencies.resource(record, for: caller)) }
        return try JSONResponse.make(ExportPage(data: data, nextCursor: page.nextCursor?.text))
    }

    /// `GET /v1/exports/{uuid}`.
    func show(_ request: Request, _ context: some RequestContext) async throws -> Response {
        let caller = try await dependencies.bearer.caller(of: request)
        let record = try await dependencies.export(context, caller: caller, .read)
        return try JSONResponse.make(try await dependencies.resource(record, for: caller))
    }
}

/// `{"data": [export…], "next_cursor": …}`.
struct ExportPage: Codable, Equatable {
    var data: [ExportResource]
    var nextCursor: String?

    enum CodingKeys: String, CodingKey {
        case data
        case nextCursor = "next_cursor"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(data, forKey: .data)
        try container.encode(nextCursor, forKey: .nextCursor)
    }
}
