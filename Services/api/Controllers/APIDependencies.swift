import ExportModels
import ExportNotifierClient
import ExportPostgres
import ExportRuntime
import ExportStorage
import ExportStore
import ExportTokens
import Foundation
import Hummingbird
import Logging

/// What the controllers share: the databases, the storage, the token checkers, the limits, the
/// notifier's wake-up.
struct APIDependencies: Sendable {
    /// The export database (`DATABASE_URL`).
    let pool: PostgresPool
    /// The registry's upstream tables (`UPSTREAM_DATABASE_URL`), read by the orderings.
    let upstream: PostgresPool
    let storage: any ObjectStorage
    let bearer: BearerTokenVerifier
    let downloadTokens: DownloadTokens
    let limits: ExportLimits
    /// Seconds a redirect to storage stays valid (`DOWNLOAD_LINK_TTL`).
    let downloadLinkTTL: Int
    let createLimiter: RateLimiter
    let sendLimiter: RateLimiter
    /// Estimates per user and minute (`API_RATE_LIMIT`, like creates).
    let estimateLimiter: RateLimiter
    /// The per-user cap on running row counts.
    let countSlots: CountSlots
    /// Wakes the notifier once e-mails are in the outbox (best effort).
    let notifier: NotifierWakeUp
    /// The files of the « Mes exports » page, read once at start.
    let webApp: WebAppAssets

    var ordering: ExportOrdering {
        ExportOrdering(pool: pool, upstream: upstream, limits: limits, countSlots: countSlots)
    }
    var validator: ExportRequestValidator { ExportRequestValidator(limits: limits.dates) }
    var repository: ExportRepository { ExportRepository(pool: pool) }

    /// The export named by the `uuid` path parameter if `caller` may do `action` on it; else 404.
    func export(_ context: some RequestContext, caller: Caller, _ action: ExportAccess.Action) async throws
        -> ExportRecord
    {
        let record = try await export(context)
        guard ExportAccess.allows(caller, action, on: record) else { throw APIError.notFound }
        return record
    }

    /// The export named by the `uuid` path parameter, whoever asks; 404 when there is none.
    func export(_ context: some RequestContext) async throws -> ExportRecord {
        guard let text = context.parameters.get("uuid"), let uuid = UUID(uuidString: text),
            let record = try await repository.find(uuid)
        else { throw APIError.notFound }
        return record
    }

    /// The resource of `record` as `caller` may see it.
    func resource(_ record: ExportRecord, for caller: Caller) async throws -> ExportResource {
        try await pool.withConnection { try await resource(record, for: caller, on: $0) }
    }

    /// The resource of the export `record` that `caller` has just created with `recipients`:
    /// the recipients are the ones the create's statement wrote, in the same order, so they are
    /// not read back (one round trip less per create).
    func resource(_ record: ExportRecord, for caller: Caller, created recipients: [RecipientAddress]) -> ExportResource
    {
        ExportResource(record, recipients: ExportAccess.showsRecipients(to: caller, of: record) ? recipients : nil)
    }

    /// The resource of `record` as `caller` may see it, read on `connection` (inside the
    /// transaction that wrote it).
    func resource(_ record: ExportRecord, for caller: Caller, on connection: PostgresConnection) async throws
        -> ExportResource
    {
        let recipients =
            ExportAccess.showsRecipients(to: caller, of: record)
            ? try await ExportRepository.recipients(of: record.id, on: connection) : nil
        return ExportResource(record, recipients: recipients)
    }

    /// Throws a 429 when `caller` is over `limiter`'s rate.
    func checkRate(_ limiter: RateLimiter, caller: Caller) async throws {
        if let wait = await limiter.acquire(caller.subject) {
            throw APIError.rateLimited("trop de requêtes : réessayez dans \(wait) s", retryAfterSeconds: wait)
        }
    }
}
