package import Foundation

/// The normalised parameters of an export, stored as `params` (docs/validation.md §9) and read by the
/// builder: what the API validated, with the territory already resolved to geo codes.
package struct ExportParams: Sendable, Equatable, Codable {
    /// First instant included.
    package var startAt: Date
    /// First instant excluded.
    package var endAt: Date
    /// IANA time zone of the file's dates and times.
    package var tz: String
    /// Operators kept (empty: all).
    package var operatorIDs: [Int]
    /// Territories asked for (kept for the record; their perimeter is in `geoSelector`).
    package var territoryIDs: [Int]
    /// Perimeter (empty: no geographic filter).
    package var geoSelector: GeoSelector
    /// `YYYY-MM`, for open-data exports only.
    package var month: String?

    /// Creates parameters.
    package init(
        startAt: Date, endAt: Date, tz: String = "Europe/Paris", operatorIDs: [Int] = [], territoryIDs: [Int] = [],
        geoSelector: GeoSelector = GeoSelector(), month: String? = nil
    ) {
        self.startAt = startAt
        self.endAt = endAt
        self.tz = tz
        self.operatorIDs = operatorIDs
        self.territoryIDs = territoryIDs
        self.geoSelector = geoSelector
        self.month = month
    }

    enum CodingKeys: String, CodingKey {
        case startAt = "start_at"
        case endAt = "end_at"
        case tz
        case operatorIDs = "operator_id"
        case territoryIDs = "territory_id"
        case geoSelector = "geo_selector"
        case month
    }

    /// The JSON stored in `params`: keys sorted, instants in ISO 8601 UTC.
    package func json() throws -> String {
        String(decoding: try ExportJSON.encoder.encode(self), as: UTF8.self)
    }

    /// Reads `params` JSON.
    package static func decode(_ data: Data) throws -> ExportParams {
        try ExportJSON.decoder.decode(ExportParams.self, from: data)
    }
}
