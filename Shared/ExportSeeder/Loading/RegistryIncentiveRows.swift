/// The rows of `policy.incentives`: the registry's incentives, joined to their journey by
/// (`operator_id`, `operator_journey_id`), numbered from 1 in load order.
struct RegistryIncentiveRows: JourneyTable {
    static let target = CopyTarget(
        table: "policy.incentives",
        columns: [
            "_id", "policy_id", "operator_id", "operator_journey_id", "status", "amount", "datetime",
        ])

    /// The operators journeys refer to by index.
    let operators: [SeededOperator]
    /// The campaigns incentives refer to by index.
    let campaigns: [SeededCampaign]
    private var lastID = 0

    /// Rows for `operators`' journeys in `campaigns`.
    init(operators: [SeededOperator], campaigns: [SeededCampaign]) {
        self.operators = operators
        self.campaigns = campaigns
    }

    mutating func append(_ journey: Journey, to buffer: inout CopyTextBuffer) {
        guard !journey.registryIncentives.isEmpty else { return }
        let seeded = operators[journey.operatorIndex]
        let journeyID = journey.operatorJourneyID(of: seeded)
        for incentive in journey.registryIncentives {
            lastID += 1
            buffer.append(lastID)
            buffer.append(campaigns[incentive.campaign].spec.id)
            buffer.append(seeded.spec.id)
            buffer.append(journeyID)
            buffer.append(incentive.status)
            buffer.append(incentive.amount)
            buffer.append(instant: journey.start)
            buffer.endRow()
        }
    }
}
