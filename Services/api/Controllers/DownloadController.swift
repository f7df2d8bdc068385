import ExportLogging
import ExportModels
import ExportStorage
import ExportStore
import ExportTokens
import Foundation
import Hummingbird
import Logging

/// `GET /v1/exports/{uuid}/download` (docs/api.md §11): with a bearer token (owner, colleague, admin)
/// or an e-mail link's `?token=`; a 302 to a storage URL valid `DOWNLOAD_LINK_TTL` seconds, or
/// the file itself from the local store. A browser following an e-mail link to a file that
/// cannot be served gets a short French page instead of JSON.
struct DownloadController: Sendable {
    let dependencies: APIDependencies

    /// Adds the route to `router`.
    func add(to router: Router<some RequestContext>) {
        router.get("/v1/exports/:uuid/download") { request, context in
            guard let token = request.uri.queryParameters.get("token") else {
                let caller = try await dependencies.bearer.caller(of: request)
                let record = try await dependencies.export(context, caller: caller, .read)
                return try await serve(record, actor: caller.subject, context: context)
            }
            do {
                let (record, actor) = try await authorise(token: token, context: context)
                return try await serve(record, actor: actor, context: context)
            } catch let error as APIError where Self.wantsHTML(request) {
                return DownloadErrorPage.response(for: error)
            }
        }
    }

    /// The export an e-mail token opens, and the actor of its log; 410 when the export is gone,
    /// 401 when the token is forged, for another export or past its own expiry.
    func authorise(token: String, context: some RequestContext, now: Date = Date()) async throws -> (
        ExportRecord, String
    ) {
        guard let grant = await dependencies.downloadTokens.grant(of: token),
            grant.exportUUID.uuidString.lowercased() == context.parameters.get("uuid")?.lowercased()
        else { throw APIError.unauthorized("lien de téléchargement invalide") }
        guard let record = try await dependencies.repository.find(grant.exportUUID) else {
            throw APIError.unauthorized("lien de téléchargement invalide")
        }
        try DownloadAvailability.check(record, now: now)
        guard grant.expiresAt > now else { throw APIError.unauthorized("lien de téléchargement expiré") }
        return (record, "recipient:\(grant.recipientID)")
    }

    /// The redirect to, or the content of, `record`'s file, once its `downloaded` log is written.
    func serve(_ record: ExportRecord, actor: String, context: some RequestContext) async throws -> Response {
        let (key, location) = try await locate(record)
        try await recordDownload(record, actor: actor, context: context)
        switch location {
        case .url(let url):
            return Response(status: .found, headers: [.location: url.absoluteString, .cacheControl: "no-store"])
        case .file(let path):
            let name = key.split(separator: "/").last.map(String.init) ?? "export.zip"
            let body = try await FileIO().loadFile(path: path, context: context)
            return Response(
                status: .ok,
                headers: [.contentType: "application/zip", .contentDisposition: "attachment; filename=\"\(name)\""],
                body: body)
        }
    }

    /// Where `record`'s file can be fetched, valid `DOWNLOAD_LINK_TTL` seconds, with its storage
    /// key; 409 or 410 when its status does not allow a download (docs/api.md §6).
    func locate(_ record: ExportRecord) async throws -> (key: String, location: DownloadLocation) {
        try DownloadAvailability.check(record)
        guard let key = record.fileKey else { throw APIError.conflict("l'export n'a pas de fichier") }
        let location = try await dependencies.storage.downloadLocation(
            key: key, validFor: .seconds(dependencies.downloadLinkTTL))
        return (key, location)
    }

    /// Writes the `downloaded` log of `record` for `actor` (at most one an hour, docs/api.md §11).
    func recordDownload(_ record: ExportRecord, actor: String, context: some RequestContext) async throws {
        try await ExportLifecycle(pool: dependencies.pool).recordDownload(record.id, actor: actor)
        context.logger.info("export downloaded", metadata: .fields([.exportUUID: record.uuid]))
    }

    /// True when the client prefers HTML (a browser).
    static func wantsHTML(_ request: Request) -> Bool {
        request.headers[.accept]?.contains("text/html") ?? false
    }
}
