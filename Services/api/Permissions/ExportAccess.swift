import ExportModels

/// Who may see or act on an existing export (docs/permissions.md §4–5): admins everything;
/// owners their own; operator and territory users also read and download their colleagues'
/// exports. Anything else is answered 404, so that existence is not leaked.
enum ExportAccess {
    /// What a caller wants to do.
    enum Action: Sendable {
        /// Read the export, its logs, or download its file.
        case read
        /// Cancel, send or delete it.
        case act
    }

    /// True when `caller` may do `action` on `export`.
    static func allows(_ caller: Caller, _ action: Action, on export: ExportRecord) -> Bool {
        if caller.isAdmin || export.createdBy == caller.subject { return true }
        guard action == .read else { return false }
        return isColleague(caller, of: export)
    }

    /// True when the export belongs to the caller's operator or territory.
    static func isColleague(_ caller: Caller, of export: ExportRecord) -> Bool {
        switch (caller.role, export.type) {
        case (.operator, .operator): caller.operatorID.map(export.params.operatorIDs.contains) ?? false
        case (.territory, .territory): caller.territoryID.map(export.params.territoryIDs.contains) ?? false
        default: false
        }
    }

    /// True when the caller sees the export's recipients: its owner and admins only.
    static func showsRecipients(to caller: Caller, of export: ExportRecord) -> Bool {
        caller.isAdmin || export.createdBy == caller.subject
    }
}
