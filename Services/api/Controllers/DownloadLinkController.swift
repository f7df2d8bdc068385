import ExportModels
import ExportStorage
import Foundation
import Hummingbird

/// `POST /v1/exports/{uuid}/download-link` (docs/api.md §11): the presigned storage URL that
/// `GET …/download` would redirect to, as JSON, for a client that cannot put a bearer token on a
/// link (a browser page starting a download). Same access and same answers per status as the
/// download; 409 with local storage, which has no URL to sign.
struct DownloadLinkController: Sendable {
    let download: DownloadController

    /// The body of the answer.
    struct Link: Encodable {
        /// The presigned URL, valid until `expiresAt`.
        let url: String
        let expiresAt: Date

        enum CodingKeys: String, CodingKey {
            case url
            case expiresAt = "expires_at"
        }
    }

    /// Adds the route to `router`.
    func add(to router: Router<some RequestContext>) {
        router.post("/v1/exports/:uuid/download-link") { request, context in
            let dependencies = download.dependencies
            let caller = try await dependencies.bearer.caller(of: request)
            let record = try await dependencies.export(context, caller: caller, .read)
            let now = Date()
            let location = try await download.locate(record).location
            guard case .url(let url) = location else {
                throw APIError.conflict("le stockage local ne signe pas de lien : utilisez GET …/download")
            }
            try await download.recordDownload(record, actor: caller.subject, context: context)
            let link = Link(
                url: url.absoluteString, expiresAt: now.addingTimeInterval(Double(dependencies.downloadLinkTTL)))
            var response = try JSONResponse.make(link)
            response.headers[.cacheControl] = "no-store"
            return response
        }
    }
}
