/// Assembles the reference data: operators and their companies, the territories' companies
/// (whose SIRET extends the SIREN of the public body they are in the geography), employers,
/// resolved selectors and campaign days. Fixed seed, like the geography.
struct CatalogueBuilder {
    private var random = SplitMix64(seed: 0x4F52_4741_4E49_5341)
    private let geography: Geography
    private var companies: [SeededCompany] = []

    private init(geography: Geography) {
        self.geography = geography
    }

    /// Builds the whole catalogue.
    static func build() -> SeedCatalogue {
        var builder = CatalogueBuilder(geography: GeographyBuilder.build())
        let operators = OperatorCatalogue.operators.map { spec in
            SeededOperator(spec: spec, siret: builder.company(spec.legalName, sirenPrefix: "8").siret)
        }
        let territories = TerritoryCatalogue.territories.map { builder.territory($0) }
        let employers = OperatorCatalogue.employers.map { builder.company($0, sirenPrefix: "4").siret }
        let campaigns = CampaignCatalogue.campaigns.map { spec in
            let territory = territories.first { $0.spec.id == spec.territoryID }!
            return SeededCampaign(
                spec: spec, territory: territory,
                days: CivilDays.day(iso: spec.startDate)!...CivilDays.day(iso: spec.endDate)!,
                boosterDays: spec.boosterDates.map { CivilDays.day(iso: $0)! })
        }
        return SeedCatalogue(
            geography: builder.geography, operators: operators, companies: builder.companies,
            territories: territories, campaigns: campaigns, employerSirets: employers)
    }

    /// A territory with its company and its selectors' codes.
    private mutating func territory(_ spec: TerritorySpec) -> SeededTerritory {
        let body = geography.organisations[spec.company]
        let company = company(spec.company, sirenPrefix: "200", siren: body?.code)
        let selectors = spec.selectors.flatMap { selector in
            codes(of: selector.value).map { (type: selector.type, value: $0) }
        }
        return SeededTerritory(spec: spec, company: company, selectors: selectors)
    }

    /// The codes a selector value stands for.
    private func codes(of value: SelectorValue) -> [String] {
        switch value {
        case .code(let code):
            return [code]
        case .organisation(let name):
            return [geography.organisations[name]!.code]
        case .villagesOutside(let dep, let epci, let count):
            let villages = geography.places.filter { place in
                place.row.dep?.code == dep && place.row.epci?.name != epci && place.row.arr == place.row.com
            }
            return villages.prefix(count).map(\.row.arr.code)
        }
    }

    /// Adds a company with a new SIRET (of `siren` when given, else of a new SIREN).
    private mutating func company(_ legalName: String, sirenPrefix: String, siren: String? = nil) -> SeededCompany {
        let base = siren ?? RegistryCodes.siren(prefix: sirenPrefix, using: &random)
        let siret = RegistryCodes.siret(siren: base, establishment: random.int(in: 1...80) * 10)
        let company = SeededCompany(id: companies.count + 1, siret: siret, legalName: legalName)
        companies.append(company)
        return company
    }
}
