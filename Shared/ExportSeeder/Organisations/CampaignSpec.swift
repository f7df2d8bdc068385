/// An incentive campaign of the catalogue (`policy.policies`). Campaigns with booster days are
/// also described in `config/campaigns/<id>.json`, which the builder reads; the two must agree.
struct CampaignSpec: Sendable {
    /// `policy.policies._id`, the `policy_id` of the configuration file.
    let id: Int
    /// The campaign's name.
    let name: String
    /// The territory group that runs it.
    let territoryID: Int
    /// Euros or points.
    let unit: IncentiveUnit
    /// The first and last days, `YYYY-MM-DD` in `timeZone`.
    let startDate: String, endDate: String
    /// The days whose trips earn a boosted incentive, `YYYY-MM-DD` in `timeZone`.
    let boosterDates: [String]
    /// True when `config/campaigns/<id>.json` describes it.
    let hasConfigurationFile: Bool
    /// The zone its dates are in.
    let timeZone = "Europe/Paris"
}
