/// An operator with its SIRET.
struct SeededOperator: Sendable {
    /// The catalogue entry.
    let spec: OperatorSpec
    /// The SIRET of its company.
    let siret: String
}
