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
