/// Where a territory selector's value comes from.
enum SelectorValue: Sendable {
    /// A literal code (`84`, `99140`, `69381`).
    case code(String)
    /// The SIREN of an intercommunality or mobility authority of the geography, by name.
    case organisation(String)
    /// The codes of the first `count` villages of département `dep` outside intercommunality
    /// `epci` (communes that joined a territory on their own).
    case villagesOutside(dep: String, epci: String, count: Int)
}
