/// An incentive declared by the operator (`carpool_v2.operator_incentives`).
struct OperatorIncentive: Sendable, Equatable {
    /// The order, with gaps (0, 1, 3…).
    let idx: Int
    /// Who pays it.
    let siret: String
    /// Cents.
    let amount: Int
}
