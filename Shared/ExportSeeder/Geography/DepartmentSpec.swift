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
