import ExportConfiguration
import ExportModels
import ExportPostgres
import ExportStore
import ExportTrips
import Foundation

/// How a new export is ordered, by the HTTP API and by `export:create` alike: permissions of the
/// role, the territory resolved to its perimeter, the row estimate, then the pending limit, the
/// export, its recipients and its `created` log in one transaction with `NOTIFY export_created`.
struct ExportOrdering: Sendable {
    /// The number of rows an export would have, and its sheets.
    struct Estimate: Codable, Equatable, Sendable {
        var rows: Int
        var sheets: Int
        var maxRows: Int

        enum CodingKeys: String, CodingKey {
            case rows, sheets
            case maxRows = "max_rows"
        }
    }

    /// The export database (`DATABASE_URL`): quotas and the export's own rows.
    let pool: PostgresPool
    /// The registry's tables (`UPSTREAM_DATABASE_URL`): perimeters and row counts.
    let upstream: PostgresPool
    let limits: ExportLimits
    /// The per-user cap on running counts (the API's; the commands get one of their own).
    var countSlots = CountSlots()

    /// The export `caller` would create from `draft`, its type and final parameters.
    func plan(_ draft: ExportDraft, caller: Caller) async throws -> (type: ExportType, draft: ExportDraft) {
        let policy = try CreationPolicy(caller: caller, draft: draft)
        var planned = policy.draft
        do {
            let perimeter = try await TerritoryPerimeters(pool: upstream).resolve(policy.territoriesToResolve)
            planned.params.geoSelector = planned.params.geoSelector.union(perimeter)
        } catch let error as TerritoryPerimeters.EmptyPerimeter {
            let ids = error.territoryIDs.map(String.init).joined(separator: ", ")
            throw APIError.conflict("territory has no perimeter: le territoire \(ids) n'a pas de périmètre")
        }
        return (policy.type, planned)
    }

    /// The rows and sheets of `draft` as planned for `caller`.
    func estimate(_ draft: ExportDraft, caller: Caller) async throws -> Estimate {
        let planned = try await plan(draft, caller: caller)
        return try await estimate(planned.draft, user: caller.subject, waits: false)
    }

    /// The rows and sheets of a planned draft, counted in one of `user`'s count slots (when
    /// they are taken: waits if `waits`, else 429); 503 `selection_too_heavy` when
    /// `DATABASE_STATEMENT_TIMEOUT` cuts the count.
    func estimate(_ planned: ExportDraft, user: String, waits: Bool) async throws -> Estimate {
        let params = planned.params
        let query = TripQuery(
            startAt: params.startAt, endAt: params.endAt, operatorIDs: params.operatorIDs,
            geoSelector: params.geoSelector)
        let rows = try await countSlots.run(for: user, waits: waits) {
            do {
                return try await upstream.withConnection { try await query.count(on: $0) }
            } catch let error as PostgresError where error.isQueryCanceled {
                throw APIError.selectionTooHeavy
            }
        }
        return Estimate(
            rows: rows, sheets: limits.sheets(rows: rows, format: planned.format), maxRows: limits.size.maxRows)
    }

    /// Creates the export `caller` asks for in a transaction of its own (`prepare`, then `write`,
    /// one round trip);
    /// `createdBy` overrides the caller's subject (the CLI's `cli:<user>`).
    func create(_ draft: ExportDraft, caller: Caller, createdBy: String? = nil) async throws -> ExportRecord {
        let export = try await prepare(draft, caller: caller, createdBy: createdBy)
        return try await write(export, in: .own(pool))
    }

    /// The export `caller` would create, checked before anything is written: the permissions
    /// and the perimeter (409 for a territory without one), the pending limit (429, checked
    /// first so that a user at the limit costs no row estimate), then the estimate (400 above
    /// `EXPORT_MAX_ROWS`).
    func prepare(_ draft: ExportDraft, caller: Caller, createdBy: String? = nil) async throws -> NewExport {
        let creator = createdBy ?? caller.subject
        let planned = try await plan(draft, caller: caller)
        try await Self.refusingAtPendingLimit {
            try await ExportQuotas.check(createdBy: creator, maxUnfinished: limits.maxPendingPerUser, pool: pool)
        }
        let estimate = try await estimate(planned.draft, user: creator, waits: true)
        guard estimate.rows <= limits.size.maxRows else {
            throw APIError.validation(
                field: "end_at",
                "l'export aurait \(estimate.rows) lignes, plus que le maximum de \(limits.size.maxRows) : découpez la période"
            )
        }
        return NewExport(
            type: planned.type, format: planned.draft.format, createdBy: creator, params: planned.draft.params,
            recipients: planned.draft.recipients)
    }

    /// Writes a prepared export in `scope`'s transaction; the pending limit is checked again
    /// there, exactly (429).
    func write(_ export: NewExport, in scope: PostgresTransactionScope) async throws -> ExportRecord {
        try await Self.refusingAtPendingLimit {
            try await ExportRepository.create(
                export, actor: export.createdBy, maxUnfinished: limits.maxPendingPerUser, in: scope)
        }
    }

    /// Runs `body`, turning `PendingLimitReached` into the API's 429.
    private static func refusingAtPendingLimit<Result>(_ body: () async throws -> Result) async throws -> Result {
        do {
            return try await body()
        } catch let limit as PendingLimitReached {
            throw APIError.rateLimited(
                "trop d'exports en attente (\(limit.unfinished)) : attendez la fin des précédents",
                retryAfterSeconds: 60)
        }
    }
}
