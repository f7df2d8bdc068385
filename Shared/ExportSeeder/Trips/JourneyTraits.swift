/// The draws that describe a journey beyond its route and times: statuses, money, incentives
/// and CEE applications, with their proportions.
struct JourneyTraits: Sendable {
    private static let acquisition = WeightedChoice([
        (item: "processed", weight: 93.0), ("received", 1), ("updated", 1), ("failed", 1.5), ("canceled", 1.5),
        ("expired", 1), ("terms_violation_error", 1),
    ])
    private static let fraud = WeightedChoice([(item: "passed", weight: 95.0), ("pending", 3), ("failed", 2)])
    private static let anomaly = WeightedChoice([(item: "passed", weight: 96.0), ("pending", 2), ("failed", 2)])
    private static let incentiveStatus = WeightedChoice([
        (item: "validated", weight: 80.0), ("pending", 7), ("error", 5), ("warning", 4), ("draft", 4),
    ])
    private static let operatorIncentiveCount = WeightedChoice([
        (item: 1, weight: 50.0), (2, 25), (3, 15), (4, 10),
    ])

    private let campaigns: [SeededCampaign]
    private let operators: [SeededOperator]
    private let employerSirets: [String]

    /// The traits of `catalogue`'s journeys.
    init(catalogue: SeedCatalogue) {
        campaigns = catalogue.campaigns
        operators = catalogue.operators
        employerSirets = catalogue.employerSirets
    }

    /// Acquisition, fraud and anomaly statuses; most journeys are processed and passed.
    func drawStatuses(using random: inout SplitMix64) -> (acquisition: String, fraud: String, anomaly: String) {
        (Self.acquisition.draw(using: &random), Self.fraud.draw(using: &random), Self.anomaly.draw(using: &random))
    }

    /// The passenger's contribution (sometimes missing, sometimes free) and the driver's revenue
    /// (sometimes missing), in cents, from the distance and the seats.
    func drawMoney(metres: Int, seats: Int, using random: inout SplitMix64) -> (driver: Int?, passenger: Int?) {
        let fare = max(50, metres * random.int(in: 6...12) / 1000)
        let contribution = random.chance(0.1) ? 0 : fare
        let passenger = random.chance(0.06) ? nil : contribution
        let driver = random.chance(0.04) ? nil : fare * seats
        return (driver, passenger)
    }

    /// Registry incentives in the campaigns covering the route on the journey's day (in
    /// campaign id order). A booster ride's campaign pays almost always, and nearly always
    /// validated, so that the export finds booster trips.
    func drawRegistryIncentives(
        campaignMask: UInt64, day: Int, booster: Int?, using random: inout SplitMix64
    ) -> [RegistryIncentive] {
        var incentives: [RegistryIncentive] = []
        for (index, campaign) in campaigns.enumerated() where campaignMask & (1 << UInt64(index)) != 0 {
            guard campaign.days.contains(day) else { continue }
            let boosted = booster == index
            guard random.chance(boosted ? 0.95 : 0.6) else { continue }
            let status = boosted && random.chance(0.92) ? "validated" : Self.incentiveStatus.draw(using: &random)
            let amount =
                campaign.spec.unit == .point
                ? random.int(in: 1...20)
                : (random.chance(0.05) ? 0 : random.int(in: 10...40) * 10 * (boosted ? 2 : 1))
            incentives.append(RegistryIncentive(campaign: index, status: status, amount: amount))
        }
        return incentives
    }

    /// On about 30 % of journeys, one to four operator incentives with gaps in their order,
    /// paid by the operator, an employer, a territory of the route, or an unknown company.
    func drawOperatorIncentives(
        operatorIndex: Int, campaignMask: UInt64, using random: inout SplitMix64
    ) -> [OperatorIncentive] {
        guard random.chance(0.3) else { return [] }
        let payingTerritories = campaigns.indices.filter { campaignMask & (1 << UInt64($0)) != 0 }
        var incentives: [OperatorIncentive] = []
        var idx = random.chance(0.1) ? 1 : 0
        for _ in 0..<Self.operatorIncentiveCount.draw(using: &random) {
            let roll = random.unit()
            let siret: String
            if roll < 0.45 {
                siret = operators[operatorIndex].siret
            } else if roll < 0.62, !payingTerritories.isEmpty {
                siret = campaigns[random.element(of: payingTerritories)].territory.company.siret
            } else if roll < 0.97 {
                siret = random.element(of: employerSirets)
            } else {
                siret = RegistryCodes.siret(siren: RegistryCodes.siren(prefix: "9", using: &random), establishment: 10)
            }
            incentives.append(OperatorIncentive(idx: idx, siret: siret, amount: random.int(in: 5...60) * 10))
            idx += random.chance(0.25) ? random.int(in: 2...3) : 1
        }
        return incentives
    }

    /// On about 2 % of journeys, a CEE application (long from 80 km), a few not matched.
    func drawCee(metres: Int, using random: inout SplitMix64) -> CeeApplication? {
        guard random.chance(0.02) else { return nil }
        return CeeApplication(
            number: random.next(), journeyType: metres >= 80_000 ? "long" : "short", linked: !random.chance(0.05))
    }
}
