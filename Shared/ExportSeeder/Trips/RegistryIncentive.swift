/// An incentive computed by the registry for one journey (`policy.incentives`).
struct RegistryIncentive: Sendable, Equatable {
    /// The campaign's index in the catalogue.
    let campaign: Int
    /// `draft`, `pending`, `validated`, `warning` or `error`.
    let status: String
    /// Cents, or points for a campaign counted in points.
    let amount: Int
}
