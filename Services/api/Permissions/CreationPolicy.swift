import ExportModels

/// What a caller's role makes of a draft (docs/permissions.md §2): the export type, the forced filters, and
/// the territories whose perimeter must be resolved into the geo selector.
struct CreationPolicy: Sendable, Equatable {
    /// The type the caller creates.
    var type: ExportType
    /// The draft with the role's filters forced.
    var draft: ExportDraft
    /// Territories to resolve and add to the geo selector.
    var territoriesToResolve: [Int]

    /// Applies the rules of `caller`'s role to `draft`; throws a 403 for a filter the role may not
    /// set, and a 401 for an operator or territory token without its id.
    init(caller: Caller, draft: ExportDraft) throws {
        var draft = draft
        switch caller.role {
        case .operator:
            guard let operatorID = caller.operatorID else { throw APIError.unauthorized("jeton sans operator_id") }
            guard draft.params.operatorIDs.allSatisfy({ $0 == operatorID }) else {
                throw APIError.forbidden("un opérateur n'exporte que ses propres trajets")
            }
            guard draft.params.territoryIDs.isEmpty else {
                throw APIError.forbidden("territory_id n'est pas permis à un opérateur")
            }
            draft.params.operatorIDs = [operatorID]
            type = .operator
            territoriesToResolve = []
        case .territory:
            guard let territoryID = caller.territoryID else { throw APIError.unauthorized("jeton sans territory_id") }
            guard draft.params.geoSelector.isEmpty else {
                throw APIError.forbidden("le périmètre d'un territoire est fixé par son jeton")
            }
            guard draft.params.territoryIDs.allSatisfy({ $0 == territoryID }) else {
                throw APIError.forbidden("un territoire n'exporte que son propre périmètre")
            }
            draft.params.territoryIDs = [territoryID]
            type = .territory
            territoriesToResolve = [territoryID]
        case .registry, .admin:
            type = .registry
            territoriesToResolve = draft.params.territoryIDs
        }
        self.draft = draft
    }
}
