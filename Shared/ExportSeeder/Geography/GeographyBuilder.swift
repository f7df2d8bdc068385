import Foundation

/// Builds the synthetic geography from `DepartmentCatalogue`: cities and arrondissements as
/// catalogued, villages made up around each département's first city, their intercommunalities
/// and mobility authorities with generated SIRENs, an older year for some villages under another
/// name, and one row per foreign country. It uses its own fixed seed: the geography is the same
/// whatever the plan's seed, so that codes can be relied on.
struct GeographyBuilder {
    private var random = SplitMix64(seed: 0x4745_4F47_5241_5048)
    private var organisations: [String: NamedCode] = [:]
    private var perimeters: [PerimeterRow] = []
    private var places: [Place] = []
    private var villagesMade = 0

    /// Builds the whole geography.
    static func build() -> Geography {
        var builder = GeographyBuilder()
        for department in DepartmentCatalogue.departments { builder.add(department) }
        return Geography(perimeters: builder.perimeters, places: builder.places, organisations: builder.organisations)
    }

    /// Adds the cities, villages and neighbouring foreign towns of `department`.
    private mutating func add(_ department: DepartmentSpec) {
        let region = NamedCode(code: department.region, name: DepartmentCatalogue.regions[department.region]!)
        let context = DepartmentContext(
            spec: department, dep: NamedCode(code: department.code, name: department.name), reg: region,
            regionalAOM: organisation(Self.regionalAuthority(of: region), prefix: "23"))
        for city in department.cities { addCity(city, in: context) }
        addVillages(of: context)
        for town in department.abroad { addAbroad(town, basin: department.basin) }
    }

    /// Adds a city, or its arrondissements, spread around its centre.
    private mutating func addCity(_ city: CitySpec, in context: DepartmentContext) {
        let epci = organisation(city.epci, prefix: "200")
        let aom = city.aom.map { organisation($0, prefix: "28") } ?? epci
        let com = NamedCode(code: city.code, name: city.name)
        guard let arrondissements = city.arrondissements else {
            let row = context.row(
                arr: com, com: com, epci: epci, aom: aom, population: city.population, surface: city.surface)
            return addPlace(row, latitude: city.latitude, longitude: city.longitude, basin: context.spec.basin)
        }
        let count = arrondissements.count
        for index in 0..<count {
            let ordinal = index == 0 ? "1er" : "\(index + 1)e"
            let arr = NamedCode(
                code: String(arrondissements.first + index), name: "\(city.name) \(ordinal) Arrondissement")
            let population = Int(Double(city.population / count) * random.double(in: 0.45...1.55))
            let surface = (city.surface / Double(count) * random.double(in: 0.35...1.65) * 100).rounded() / 100
            let row = context.row(arr: arr, com: com, epci: epci, aom: aom, population: population, surface: surface)
            let (latitude, longitude) = Self.offset(
                city.latitude, city.longitude, km: (city.surface / .pi).squareRoot() * random.double(in: 0.15...0.8),
                angle: Double(index) * 2.399963)
            addPlace(row, latitude: latitude, longitude: longitude, basin: context.spec.basin)
        }
    }

    /// Adds the villages of a département: codes not taken yet, made-up names, most in one of two
    /// communities of communes (the first organising its own mobility, except in Île-de-France
    /// where Île-de-France Mobilités alone does), a few in the first city's intercommunality.
    private mutating func addVillages(of context: DepartmentContext) {
        let department = context.spec
        guard department.villages > 0, let centre = department.cities.first else { return }
        let (firstName, secondName) = VillageNames.communities(in: department, using: &random)
        let communities = [organisation(firstName, prefix: "24"), organisation(secondName, prefix: "24")]
        let cityEPCI = organisation(centre.epci, prefix: "200")
        let cityAOM = centre.aom.map { organisation($0, prefix: "28") } ?? cityEPCI
        var takenCodes = Set(perimeters.map(\.arr.code))
        var takenNames = Set(department.cities.map(\.name))
        for _ in 0..<department.villages {
            let code = Self.unique(&takenCodes) { department.code + Self.threeDigits(random.int(in: 1...599)) }
            let name = Self.unique(&takenNames) { VillageNames.commune(in: department, using: &random) }
            let periurban = random.chance(0.15)
            let community = random.element(of: communities)
            let ownAuthority = community == communities[0] && context.reg.code != "11"
            let epci = periurban ? cityEPCI : community
            let aom = periurban ? cityAOM : (ownAuthority ? community : context.regionalAOM)
            villagesMade += 1
            let village = NamedCode(code: code, name: name)
            let row = context.row(
                arr: village, com: village, epci: epci, aom: aom,
                population: villagesMade % 97 == 41
                    ? nil : Self.logUniform(department.villagePopulation, using: &random),
                surface: villagesMade % 113 == 7 ? nil : (random.double(in: 6...42) * 100).rounded() / 100)
            if random.chance(0.12) {
                let former = Self.unique(&takenNames) { VillageNames.commune(in: department, using: &random) }
                perimeters.append(row.renamed(former, year: Geography.olderYear))
            }
            let (latitude, longitude) = Self.offset(
                centre.latitude, centre.longitude, km: random.double(in: 7...40),
                angle: random.double(in: 0...(2 * .pi)))
            addPlace(row, latitude: latitude, longitude: longitude, basin: department.basin)
        }
    }

    /// Adds a foreign town, with its country's perimeter row the first time the country appears.
    private mutating func addAbroad(_ town: AbroadSpec, basin: String) {
        let country = NamedCode(code: town.country, name: town.countryName)
        let row = PerimeterRow(
            year: Geography.latestYear, arr: country, com: country, epci: nil, dep: nil, reg: nil, country: country,
            aom: nil, population: nil, surface: nil)
        if !perimeters.contains(where: { $0.arr == country }) { perimeters.append(row) }
        places.append(Place(row: row, latitude: town.latitude, longitude: town.longitude, radius: 4, basin: basin))
    }

    /// Adds a latest-year row and its place, a disc of the row's surface.
    private mutating func addPlace(_ row: PerimeterRow, latitude: Double, longitude: Double, basin: String) {
        perimeters.append(row)
        let radius = ((row.surface ?? 15) / .pi).squareRoot()
        places.append(Place(row: row, latitude: latitude, longitude: longitude, radius: radius, basin: basin))
    }

    /// The SIREN-coded organisation called `name`, created with a SIREN starting with `prefix`
    /// the first time it is asked for.
    private mutating func organisation(_ name: String, prefix: String) -> NamedCode {
        if let known = organisations[name] { return known }
        var code = RegistryCodes.siren(prefix: prefix, using: &random)
        while organisations.values.contains(where: { $0.code == code }) {
            code = RegistryCodes.siren(prefix: prefix, using: &random)
        }
        let made = NamedCode(code: code, name: name)
        organisations[name] = made
        return made
    }
}
