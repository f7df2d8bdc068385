/// A place abroad near the border, where cross-border trips start or end.
struct AbroadSpec: Sendable {
    /// The INSEE code of the country (`99140`).
    let country: String
    /// The country's name.
    let countryName: String
    /// A point in the foreign town, in degrees.
    let latitude: Double, longitude: Double
}
