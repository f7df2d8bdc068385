/// The unit of a campaign's incentives (`policy.policies.unit`).
enum IncentiveUnit: String, Sendable {
    /// Amounts in euro cents.
    case euro
    /// Amounts in points, which the export leaves empty.
    case point
}
