/// A territory of the catalogue: its name, the company or public body behind it, and its
/// selectors (none for the one territory the API must refuse).
struct TerritorySpec: Sendable {
    /// `territory.territory_group._id`.
    let id: Int
    /// The territory's name.
    let name: String
    /// The name of its company (`company.companies.legal_name`); when it is also an
    /// organisation of the geography, the company's SIRET starts with its SIREN.
    let company: String
    /// Selector types (`com`, `epci`…) and where their values come from.
    let selectors: [(type: String, value: SelectorValue)]
}
