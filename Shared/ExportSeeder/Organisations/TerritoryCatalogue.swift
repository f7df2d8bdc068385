/// Where a territory selector's value comes from.
enum SelectorValue: Sendable {
    /// A literal code (`84`, `99140`, `69381`).
    case code(String)
    /// The SIREN of an intercommunality or mobility authority of the geography, by name.
    case organisation(String)
    /// The codes of the first `count` villages of département `dep` outside intercommunality
    /// `epci` (communes that joined a territory on their own).
    case villagesOutside(dep: String, epci: String, count: Int)
}

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

/// The territories: overlapping perimeters of every selector type, and one without any.
enum TerritoryCatalogue {
    /// Five territories.
    static let territories: [TerritorySpec] = [
        TerritorySpec(
            id: 1, name: "Métropole de Lyon", company: "Métropole de Lyon",
            selectors: [
                ("epci", .organisation("Métropole de Lyon")), ("arr", .code("69381")), ("arr", .code("69382")),
                ("com", .villagesOutside(dep: "69", epci: "Métropole de Lyon", count: 2)),
            ]),
        TerritorySpec(
            id: 2, name: "Région Auvergne-Rhône-Alpes", company: "Région Auvergne-Rhône-Alpes",
            selectors: [("reg", .code("84"))]),
        TerritorySpec(
            id: 3, name: "Île-de-France Mobilités", company: "Île-de-France Mobilités",
            selectors: [
                ("aom", .organisation("Île-de-France Mobilités")), ("dep", .code("77")), ("dep", .code("92")),
            ]),
        TerritorySpec(
            id: 4, name: "Pôle métropolitain du Genevois français", company: "Pôle métropolitain du Genevois français",
            selectors: [
                ("epci", .organisation("Annemasse Agglo")), ("country", .code("99140")),
                ("com", .villagesOutside(dep: "74", epci: "Annemasse Agglo", count: 3)),
            ]),
        TerritorySpec(
            id: 5, name: "Communauté de communes des Hautes Terres", company: "CC des Hautes Terres",
            selectors: []),
    ]
}
