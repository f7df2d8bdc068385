import Foundation

/// The counts of one open-data file (docs/opendata.md §4), stored in the export's `stats` and written in
/// the resource's description, with the publication's outcome once published.
public struct OpendataStats: Sendable, Equatable, Codable {
    /// Trips of the population: `ok`, starting in the month, both geo codes present.
    public var countTotal: Int
    /// Removed by the first pass for their start code, whether their end code was rare too or not.
    public var countRemovedStart: Int
    /// Removed by the first pass for their end code, whether their start code was rare too or not.
    public var countRemovedEnd: Int
    /// Removed by the first pass for both codes (counted in the two above as well).
    public var countRemovedBoth: Int
    /// Removed by the following passes.
    public var countRemovedLater: Int
    /// Every removed trip.
    public var countRemoved: Int
    /// Trips in the file (`countTotal − countRemoved`).
    public var countExposed: Int
    /// True once the file is on data.gouv.fr.
    public var published: Bool
    /// The data.gouv.fr resource, once published.
    public var resourceID: String?
    /// Its public URL, once published.
    public var resourceURL: String?
    /// SHA-1 of the published file, lowercase hex.
    public var checksum: String?

    /// Counts of an unpublished file; `countRemoved` and `countExposed` follow from the others.
    public init(
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
    public var countRemovedFirstPass: Int { countRemovedStart + countRemovedEnd - countRemovedBoth }

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
    public func json() throws -> String {
        String(decoding: try ExportJSON.encoder.encode(self), as: UTF8.self)
    }

    /// Reads the counts from an export's `stats` JSON (other keys ignored).
    public static func decode(_ json: String) throws -> OpendataStats {
        try ExportJSON.decoder.decode(OpendataStats.self, from: Data(json.utf8))
    }
}
