import ExportModels
import ExportStore
import Hummingbird

/// The query of `GET /v1/exports`: `scope=organisation`, `status`, `limit` (1–200, default 50),
/// `cursor`, and for admins `created_by`.
struct ListQuery: Equatable {
    var scope: ExportListing.Scope
    var status: ExportStatus?
    var page: PageQuery

    /// Reads the query of `caller`'s request; throws a 400 naming the parameter at fault.
    init(_ parameters: Parameters, caller: Caller) throws {
        page = try PageQuery(parameters, known: ["scope", "status", "limit", "cursor", "created_by"])
        status = try parameters.get("status").map {
            guard let status = ExportStatus(rawValue: $0) else {
                throw APIError.validation(field: "status", "statut inconnu")
            }
            return status
        }
        scope = try Self.scope(parameters, caller: caller)
    }

    /// Whose exports the caller asked for and may see.
    private static func scope(_ parameters: Parameters, caller: Caller) throws -> ExportListing.Scope {
        if let createdBy = parameters.get("created_by") {
            guard caller.isAdmin else { throw APIError.forbidden("created_by est réservé aux administrateurs") }
            return .createdBy(createdBy)
        }
        switch parameters.get("scope") {
        case nil, "own": return caller.isAdmin ? .everyone : .createdBy(caller.subject)
        case "organisation":
            switch caller.role {
            case .operator:
                guard let id = caller.operatorID else { throw APIError.unauthorized("jeton sans operator_id") }
                return .organisation(createdBy: caller.subject, type: .operator, organisationID: id)
            case .territory:
                guard let id = caller.territoryID else { throw APIError.unauthorized("jeton sans territory_id") }
                return .organisation(createdBy: caller.subject, type: .territory, organisationID: id)
            case .admin: return .everyone
            case .registry: return .createdBy(caller.subject)
            }
        default: throw APIError.validation(field: "scope", "doit valoir organisation")
        }
    }
}
