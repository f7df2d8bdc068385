/// A code with its label, as the perimeter table pairs them (`epci` and `l_epci`…).
struct NamedCode: Sendable, Hashable {
    /// The code: INSEE code, SIREN or country code.
    let code: String
    /// The label.
    let name: String
}
