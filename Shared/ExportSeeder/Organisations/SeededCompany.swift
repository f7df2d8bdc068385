/// A row of `company.companies`.
struct SeededCompany: Sendable {
    /// `_id`.
    let id: Int
    /// The 14-digit SIRET.
    let siret: String
    /// The registered name.
    let legalName: String
}
