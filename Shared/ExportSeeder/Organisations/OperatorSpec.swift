/// A carpooling operator of the catalogue (made-up names).
struct OperatorSpec: Sendable {
    /// `operator.operators._id`, deliberately not 1…10.
    let id: Int
    /// The trade name.
    let name: String
    /// The company's registered name.
    let legalName: String
    /// Its relative share of the journeys.
    let share: Double
    /// Relative weights of operator classes A, B and C in its journeys.
    let classWeights: (a: Double, b: Double, c: Double)
    /// How it numbers its trips, journeys and users.
    let identifiers: IdentifierStyle
}
