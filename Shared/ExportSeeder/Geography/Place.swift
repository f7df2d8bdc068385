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
