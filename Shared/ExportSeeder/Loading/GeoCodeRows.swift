/// The rows of `carpool_v2.geo`, one per journey.
struct GeoCodeRows: JourneyTable {
    static let target = CopyTarget(table: "carpool_v2.geo", columns: ["carpool_id", "start_geo_code", "end_geo_code"])

    mutating func append(_ journey: Journey, to buffer: inout CopyTextBuffer) {
        buffer.append(journey.carpoolID)
        buffer.append(journey.startGeoCode)
        buffer.append(journey.endGeoCode)
        buffer.endRow()
    }
}
