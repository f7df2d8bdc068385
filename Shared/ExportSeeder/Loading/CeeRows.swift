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
