/// The rows of `carpool_v2.status`, one per journey.
struct StatusRows: JourneyTable {
    static let target = CopyTarget(
        table: "carpool_v2.status", columns: ["carpool_id", "acquisition_status", "fraud_status", "anomaly_status"])

    mutating func append(_ journey: Journey, to buffer: inout CopyTextBuffer) {
        buffer.append(journey.carpoolID)
        buffer.append(journey.acquisitionStatus)
        buffer.append(journey.fraudStatus)
        buffer.append(journey.anomalyStatus)
        buffer.endRow()
    }
}

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

/// The rows of `cee.cee_applications`, for the few journeys with an application.
struct CeeRows: JourneyTable {
    static let target = CopyTarget(
        table: "cee.cee_applications", columns: ["_id", "carpool_id", "operator_id", "journey_type", "datetime"])
    private static let salt: UInt64 = 0x4345_4541_5050_4C59

    /// The operators journeys refer to by index.
    let operators: [SeededOperator]

    mutating func append(_ journey: Journey, to buffer: inout CopyTextBuffer) {
        guard let cee = journey.cee else { return }
        buffer.append(SyntheticIdentifiers.uuid(cee.number, salt: Self.salt))
        buffer.append(cee.linked ? journey.carpoolID : nil)
        buffer.append(operators[journey.operatorIndex].spec.id)
        buffer.append(cee.journeyType)
        buffer.append(instant: journey.start)
        buffer.endRow()
    }
}
