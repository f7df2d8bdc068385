/// All the reference data of a seed, the same for every plan: geography, operators,
/// companies, territories and campaigns.
struct SeedCatalogue: Sendable {
    /// Communes, arrondissements and foreign countries.
    let geography: Geography
    /// The operators.
    let operators: [SeededOperator]
    /// Every company: operators', territories' and employers'.
    let companies: [SeededCompany]
    /// The territories.
    let territories: [SeededTerritory]
    /// The campaigns.
    let campaigns: [SeededCampaign]
    /// SIRETs of employers, declared in operator incentives.
    let employerSirets: [String]

    /// The catalogue, built once.
    static let standard = CatalogueBuilder.build()
}
