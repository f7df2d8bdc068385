import Foundation

/// The counts of one open-data file (docs/opendata.md §4), stored in the export's `stats` and written in
/// the resource's description, with the publication's outcome once published.
package struct OpendataStats: Sendable, Equatable, Codable {
    /// Trips of the population: `ok`, starting in the month, both geo codes present.
    package var countTotal: Int
    /// Removed by the first pass for their start code, whether their end code was rare too or not.
    package var countRemovedStart: Int
    /// Removed by the first pass for their end code, whether their start code was rare too or not.
    package var countRemovedEnd: Int
    /// Removed by the first pass for both codes (counted in the two above as well).
    package var countRemovedBoth: Int
    /// Removed by the following passes.
    package var countRemovedLater: Int
    /// Every removed trip.
    package var countRemoved: Int
    /// Trips in the file (`countTotal − countRemoved`).
    package var countExposed: Int
    /// True once the file is on data.gouv.fr.
    package var published: Bool
    /// The data.gouv.fr resource, once published.
    package var resourceID: String?
    /// Its public URL, once published.
    package var resourceURL: String?
    /// SHA-1 of the published file, lowercase hex.
    package var checksum: String?

    /// Counts of an unpublished file; `countRemoved` and `countExposed` follow from the others.
    package init(
        countTotal: Int, countRemovedStart: Int, countRemovedEnd: Int, countRemovedBoth: Int, countRemovedLater: Int
    ) {
        self.countTotal = countTotal
        self.countRemovedStart = countRemovedStart
        self.countRemovedEnd = countRemovedEnd
        self.countRemovedBoth = countRemovedBoth
        self.countRemovedLater = countRemovedLater
        countRemoved = countRemovedStart + countRemovedEnd - countRemovedBoth + countRemovedLater
        countExposed = countTotal - countRemoved
        published = false
    }

    /// Trips the first pass removed: `start + end − both`, since `both` is in the other two.
    package var countRemovedFirstPass: Int { countRemovedStart + countRemovedEnd - countRemovedBoth }

    enum CodingKeys: String, CodingKey {
        case countTotal = "count_total"
        case countRemovedStart = "count_removed_start"
        case countRemovedEnd = "count_removed_end"
        case countRemovedBoth = "count_removed_both"
        case countRemovedLater = "count_removed_later"
        case countRemoved = "count_removed"
        case countExposed = "count_exposed"
        case published
        case resourceID = "resource_id"
        case resourceURL = "resource_url"
        case checksum
    }

    /// The JSON stored in `stats` (sorted keys).
    package func json() throws -> String {
        String(decoding: try ExportJSON.encoder.encode(self), as: UTF8.self)
    }

    /// Reads the counts from an export's `stats` JSON (other keys ignored).
    package static func decode(_ json: String) throws -> OpendataStats {
        try ExportJSON.decoder.decode(OpendataStats.self, from: Data(json.utf8))
    }
}
