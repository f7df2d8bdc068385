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
