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
