/// The administrative levels a geographic filter can name (docs/validation.md §6).
package enum GeoLevel: String, Sendable, Codable, CaseIterable, Comparable {
    /// Commune or municipal arrondissement (INSEE code).
    case arr
    /// Commune (INSEE code).
    case com
    /// Inter-communal body (9-digit SIREN).
    case epci
    /// Mobility authority (9-digit SIREN).
    case aom
    /// Département (2–3 characters).
    case dep
    /// Region (2 digits).
    case reg
    /// Country (5 characters, `XXXXX` for France).
    case country

    /// Orders levels as declared, for stable output.
    package static func < (lhs: GeoLevel, rhs: GeoLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
