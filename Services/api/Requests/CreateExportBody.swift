/// The body of `POST /v1/exports` and `/v1/exports/estimate` as sent, before validation: dates
/// stay text until `ExportRequestValidator` parses them.
struct CreateExportBody: Codable, Sendable, Equatable {
    var startAt: String
    var endAt: String
    var tz: String?
    var format: String?
    var operatorID: [Int]?
    var territoryID: [Int]?
    var geoSelector: [String: [String]]?
    var recipients: [String]?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case startAt = "start_at"
        case endAt = "end_at"
        case tz, format
        case operatorID = "operator_id"
        case territoryID = "territory_id"
        case geoSelector = "geo_selector"
        case recipients
    }
}
