/// One row of `geo.perimeters`: a commune or municipal arrondissement (`arr`), or a country
/// abroad, in one year's geography.
struct PerimeterRow: Sendable {
    /// The year of the geography (millésime).
    let year: Int
    /// The commune or arrondissement; abroad, the country.
    let arr: NamedCode
    /// The commune (the city for an arrondissement).
    let com: NamedCode
    /// The intercommunality (9-digit SIREN); nil abroad.
    let epci: NamedCode?
    /// The département; nil abroad.
    let dep: NamedCode?
    /// The region; nil abroad.
    let reg: NamedCode?
    /// The country: `XXXXX` for France, the INSEE `99xxx` code abroad.
    let country: NamedCode
    /// The mobility authority (9-digit SIREN); nil abroad.
    let aom: NamedCode?
    /// Inhabitants; nil when unknown.
    let population: Int?
    /// Area in square kilometres; nil when unknown.
    let surface: Double?

    /// The code of France in the `country` column.
    static let france = NamedCode(code: "XXXXX", name: "France")

    /// The same place in another year's geography under other names (a commune renamed, or
    /// merged into a new commune since).
    func renamed(_ name: String, year: Int) -> PerimeterRow {
        let renamedArr = NamedCode(code: arr.code, name: name)
        let renamedCom = com.code == arr.code ? renamedArr : com
        return PerimeterRow(
            year: year, arr: renamedArr, com: renamedCom, epci: epci, dep: dep, reg: reg, country: country, aom: aom,
            population: population.map { $0 - $0 / 40 }, surface: surface)
    }
}
