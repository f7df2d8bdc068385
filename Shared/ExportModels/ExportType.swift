/// The kind of an export, which fixes who may order it and which columns its file has.
package enum ExportType: String, Sendable, Codable, CaseIterable {
    /// Ordered by a carpool operator: its own trips only, 64 columns.
    case `operator`
    /// Ordered by a local authority: trips starting or ending in its perimeter, 65 columns.
    case territory
    /// Ordered by the registry's staff: any trips, 65 columns.
    case registry
    /// The monthly anonymised open-data file, created only by `export-opendata`.
    case opendata
}
