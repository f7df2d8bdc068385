import Testing

@testable import ExportSeeder

/// The shapes of the codes in the reference data: INSEE codes, SIREN and SIRET numbers.
@Suite struct SeederCodeFormatTests {
    let catalogue = SeedCatalogue.standard

    /// True when `digits` are decimal digits passing the Luhn check (every second digit from the
    /// right doubled), written here independently of the seeder's own code.
    private func isLuhnValid(_ digits: String) -> Bool {
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        let sum = digits.reversed().enumerated().reduce(0) { sum, entry in
            let value = entry.element.wholeNumberValue!
            let term = entry.offset % 2 == 1 ? value * 2 : value
            return sum + (term > 9 ? term - 9 : term)
        }
        return sum % 10 == 0
    }

    /// Inhabitants per km², or nil when population or surface is unknown.
    private func density(_ row: PerimeterRow) -> Double? {
        guard let population = row.population, let surface = row.surface, surface > 0 else { return nil }
        return Double(population) / surface
    }

    @Test func independentLuhnCheckAcceptsRealNumbersAndRejectsAlteredOnes() {
        #expect(isLuhnValid("732829320"))
        #expect(isLuhnValid("73282932000074"))
        #expect(!isLuhnValid("732829321"))
        #expect(!isLuhnValid("73282932000075"))
        #expect(!isLuhnValid("7328293A0"))
    }

    @Test func generatedSirenAndSiretAreLuhnValidWithTheirPrefix() {
        var random = SplitMix64(seed: 5)
        for _ in 0..<200 {
            let siren = RegistryCodes.siren(prefix: "24", using: &random)
            let siret = RegistryCodes.siret(siren: siren, establishment: random.int(in: 1...9_999))
            #expect(siren.count == 9 && siren.hasPrefix("24") && isLuhnValid(siren))
            #expect(siret.count == 14 && siret.hasPrefix(siren) && isLuhnValid(siret))
        }
    }

    @Test func communeCodesAreInseeShaped() throws {
        let france = try Regex("^([0-9]{5}|2[AB][0-9]{3})$")
        for row in catalogue.geography.perimeters where row.country == PerimeterRow.france {
            #expect(row.arr.code.wholeMatch(of: france) != nil, "arr \(row.arr.code)")
            #expect(row.com.code.wholeMatch(of: france) != nil, "com \(row.com.code)")
            #expect(row.arr.code.hasPrefix(row.dep!.code), "\(row.arr.code) outside département \(row.dep!.code)")
            #expect(row.reg!.code.count == 2 && row.reg!.code.allSatisfy(\.isNumber))
        }
    }

    @Test func eachPlaceHasOneRowPerYear() {
        let keys = catalogue.geography.perimeters.map { "\($0.year)/\($0.arr.code)" }
        #expect(Set(keys).count == keys.count)
        let places = catalogue.geography.places.filter { !$0.isAbroad }.map(\.row.arr.code)
        #expect(Set(places).count == places.count)
    }

    @Test func intercommunalitiesAndAuthoritiesHaveValidSirens() {
        for row in catalogue.geography.perimeters where row.country == PerimeterRow.france {
            for siren in [row.epci!.code, row.aom!.code] {
                #expect(siren.count == 9 && isLuhnValid(siren), "\(siren) of \(row.arr.name)")
            }
        }
    }

    @Test func operatorsAndCompaniesHaveUniqueValidSirets() {
        let sirets = catalogue.companies.map(\.siret)
        #expect(Set(sirets).count == sirets.count)
        #expect(sirets.allSatisfy { $0.count == 14 && isLuhnValid($0) })
        #expect(catalogue.operators.allSatisfy { sirets.contains($0.siret) })
        #expect((8...12).contains(catalogue.operators.count))
    }

    @Test func abroadRowsUseCountryCodesAndNames() {
        let abroad = catalogue.geography.perimeters.filter { $0.country != PerimeterRow.france }
        #expect(Set(abroad.map(\.country.name)).isSuperset(of: ["Suisse", "Belgique", "Allemagne"]))
        for row in abroad {
            #expect(row.arr.code.hasPrefix("99") && row.arr.code.count == 5 && row.arr.code == row.country.code)
            #expect(row.epci == nil && row.dep == nil && row.population == nil)
        }
    }

    @Test func arrondissementsBelongToTheirCity() {
        let rows = catalogue.geography.perimeters
        let paris = rows.filter { $0.com.code == "75056" }
        #expect(paris.count == 20)
        #expect(paris.allSatisfy { $0.arr.code != $0.com.code && $0.arr.code.hasPrefix("751") })
        #expect(rows.contains { $0.arr.code == "69381" && $0.com.code == "69123" })
        #expect(rows.contains { $0.arr.code == "13216" && $0.com.code == "13055" })
    }

    @Test func geographyHasDenseSparseAndUnknownDensities() {
        let latest = catalogue.geography.places.map(\.row).filter { $0.country == PerimeterRow.france }
        #expect(latest.count >= 250)
        #expect(latest.filter { (density($0) ?? 0) > 40 }.count >= 40)
        #expect(latest.filter { (density($0) ?? 100) <= 40 }.count >= 40)
        #expect(latest.contains { density($0) == nil })
    }

    @Test func olderYearRowsRenameTheirCommune() throws {
        let older = catalogue.geography.perimeters.filter { $0.year == Geography.olderYear }
        #expect(older.count >= 5)
        for row in older {
            let latest = try #require(catalogue.geography.places.first { $0.row.arr.code == row.arr.code })
            #expect(latest.row.year == Geography.latestYear)
            #expect(latest.row.arr.name != row.arr.name)
        }
    }
}
