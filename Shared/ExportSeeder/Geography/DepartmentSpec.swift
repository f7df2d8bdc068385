/// A city of the catalogue, with its real INSEE code, rough centre and size; a city split into
/// municipal arrondissements (Paris, Lyon, Marseille) gives their first code and count instead.
struct CitySpec: Sendable {
    /// The INSEE code of the commune.
    let code: String
    /// The commune's name.
    let name: String
    /// The centre, in degrees.
    let latitude: Double, longitude: Double
    /// Inhabitants; a city with arrondissements shares them, and its area, among them.
    let population: Int
    /// Area in km².
    let surface: Double
    /// The intercommunality it belongs to (cities may share one).
    let epci: String
    /// The mobility authority when it is not the intercommunality itself.
    let aom: String?
    /// The code of the first arrondissement (`75101`) and how many there are, if any.
    var arrondissements: (first: Int, count: Int)? = nil
}

/// A place abroad near the border, where cross-border trips start or end.
struct AbroadSpec: Sendable {
    /// The INSEE code of the country (`99140`).
    let country: String
    /// The country's name.
    let countryName: String
    /// A point in the foreign town, in degrees.
    let latitude: Double, longitude: Double
}

/// A département of the catalogue: its cities, how many villages to generate around the first
/// city, and the words village names are made of.
struct DepartmentSpec: Sendable {
    /// The INSEE code (`69`, `2A`).
    let code: String
    /// The name.
    let name: String
    /// The INSEE code of its region.
    let region: String
    /// Places whose trips end in one another: the département itself, or a wider metropolitan
    /// area (Paris and its suburbs).
    let basin: String
    /// A river of the département, for names like `…-sur-Loire`.
    let river: String
    /// A traditional country (pays) of the département, for names like `…-en-Bresse`.
    let pays: String
    /// The cities, the first one being the centre villages are placed around.
    let cities: [CitySpec]
    /// The number of villages to generate.
    let villages: Int
    /// The range of the villages' populations.
    let villagePopulation: ClosedRange<Int>
    /// Foreign towns within commuting distance.
    var abroad: [AbroadSpec] = []
}
