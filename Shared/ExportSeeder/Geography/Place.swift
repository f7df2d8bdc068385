/// A place trips start or end at: the latest perimeter row of a commune, arrondissement or
/// country, and the disc its points are drawn in.
struct Place: Sendable {
    /// The latest geography of the place.
    let row: PerimeterRow
    /// The centre of the disc, in degrees.
    let latitude: Double, longitude: Double
    /// The radius of the disc, in kilometres.
    let radius: Double
    /// The places a trip from here may end at share this basin.
    let basin: String

    /// True for a place outside France.
    var isAbroad: Bool { row.country != PerimeterRow.france }

    /// The weight of the place among trip starts: more for populous places, but villages keep
    /// a share (the square root of the population flattens the cities' weight).
    var tripWeight: Double {
        isAbroad ? 0 : Double(row.population ?? 300).squareRoot()
    }
}

/// The synthetic geography: every perimeter row (all years) and the places of the latest year.
struct Geography: Sendable {
    /// The rows of `geo.perimeters`.
    let perimeters: [PerimeterRow]
    /// The French communes and arrondissements and the foreign towns, latest year.
    let places: [Place]
    /// The intercommunalities, mobility authorities and regional councils by name.
    let organisations: [String: NamedCode]
    /// The year of the latest geography.
    static let latestYear = 2025
    /// The year of the older geography that some communes also have.
    static let olderYear = 2024
}
