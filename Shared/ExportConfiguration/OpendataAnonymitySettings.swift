package import Configuration

/// What makes the open-data file anonymous, which the builder applies and the open-data service
/// quotes and checks (docs/opendata.md §3, docs/configuration.md §3), read and validated once.
///
/// Keys: `opendata.min.occurrences` (`OPENDATA_MIN_OCCURRENCES`, default 6, 1–1000),
/// `opendata.salt` (`OPENDATA_SALT`, a secret, empty or absent: not configured).
package struct OpendataAnonymitySettings: Sendable {
    /// The k-anonymity threshold per INSEE code and month.
    package var minOccurrences: Int
    /// The key of the open-data `trip_id` hash; nil when not configured.
    package var salt: String?

    /// Reads the settings; throws naming the variable when a value is invalid.
    package init(reader: ConfigReader) throws {
        minOccurrences = try reader.boundedInt(forKey: "opendata.min.occurrences", default: 6, range: 1...1_000)
        salt = reader.string(forKey: "opendata.salt", isSecret: true).flatMap { $0.isEmpty ? nil : $0 }
    }
}
