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
