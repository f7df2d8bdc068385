/// A row of `company.companies`.
struct SeededCompany: Sendable {
    /// `_id`.
    let id: Int
    /// The 14-digit SIRET.
    let siret: String
    /// The registered name.
    let legalName: String
}

/// An operator with its SIRET.
struct SeededOperator: Sendable {
    /// The catalogue entry.
    let spec: OperatorSpec
    /// The SIRET of its company.
    let siret: String
}

/// A territory with its company and its selectors resolved to codes.
struct SeededTerritory: Sendable {
    /// The catalogue entry.
    let spec: TerritorySpec
    /// Its company.
    let company: SeededCompany
    /// Selector types and codes.
    let selectors: [(type: String, value: String)]

    /// True when one of the selectors designates `row`, compared as the export compares them.
    func contains(_ row: PerimeterRow) -> Bool {
        selectors.contains { selector in
            let code: String? =
                switch selector.type {
                case "arr": row.arr.code
                case "com": row.com.code
                case "epci": row.epci?.code
                case "aom": row.aom?.code
                case "dep": row.dep?.code
                case "reg": row.reg?.code
                default: row.country.code
                }
            return code == selector.value
        }
    }
}

/// A campaign with its days as day numbers (local dates in Europe/Paris).
struct SeededCampaign: Sendable {
    /// The catalogue entry.
    let spec: CampaignSpec
    /// Its territory.
    let territory: SeededTerritory
    /// The first and last days it pays for.
    let days: ClosedRange<Int>
    /// Its booster days.
    let boosterDays: [Int]
}

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
