/// The rows of `carpool_v2.operator_incentives`: the incentives operators declared.
struct OperatorIncentiveRows: JourneyTable {
    static let target = CopyTarget(
        table: "carpool_v2.operator_incentives", columns: ["carpool_id", "idx", "siret", "amount"])

    mutating func append(_ journey: Journey, to buffer: inout CopyTextBuffer) {
        for incentive in journey.operatorIncentives {
            buffer.append(journey.carpoolID)
            buffer.append(incentive.idx)
            buffer.append(incentive.siret)
            buffer.append(incentive.amount)
            buffer.endRow()
        }
    }
}
