import ExportRuntime

/// What an `opendata:*` command prints: a line for people, or with `--json` one JSON object for
/// scripts (docs/opendata.md §6): `outcome` (`created`, `already_exists`, `published`,
/// `nothing_to_publish`, `already_published`, `in_progress_elsewhere`) and what goes with it.
struct CommandReport: Encodable {
    /// What happened, in snake case.
    var outcome: String
    /// The open-data export, when the command created or found one.
    var uuid: String?
    /// Its status, when it already existed.
    var status: String?
    /// The data.gouv.fr resource, once published.
    var resourceID: String?
    /// SHA-1 of the uploaded file.
    var checksum: String?
    /// The line printed without `--json`.
    let text: String

    enum CodingKeys: String, CodingKey {
        case outcome, uuid, status, checksum
        case resourceID = "resource_id"
    }

    /// Prints the report as JSON when `json`, as its line otherwise.
    func print(json: Bool) throws {
        if json { try CommandJSON.print(self) } else { Swift.print(text) }
    }
}
