/// A geographic perimeter: codes per level, OR-ed; a trip matches when its start or end
/// commune belongs to any of them.
package struct GeoSelector: Sendable, Equatable, Codable {
    /// The codes of each level, sorted and without repeats.
    package private(set) var codes: [GeoLevel: [String]]

    /// Creates a selector, normalising each list (sorted, unique, empty levels dropped).
    package init(_ codes: [GeoLevel: [String]] = [:]) {
        self.codes = codes.compactMapValues { list in
            let unique = Array(Set(list)).sorted()
            return unique.isEmpty ? nil : unique
        }
    }

    /// True when no level has a code: no geographic filter.
    package var isEmpty: Bool { codes.isEmpty }

    /// The number of codes across all levels.
    package var count: Int { codes.values.reduce(0) { $0 + $1.count } }

    /// The union of two perimeters.
    package func union(_ other: GeoSelector) -> GeoSelector {
        GeoSelector(codes.merging(other.codes) { $0 + $1 })
    }

    /// Decodes `{"com": ["91471"], …}`.
    package init(from decoder: any Decoder) throws {
        let raw = try [String: [String]](from: decoder)
        var codes: [GeoLevel: [String]] = [:]
        for (key, list) in raw {
            guard let level = GeoLevel(rawValue: key) else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: decoder.codingPath, debugDescription: "unknown level \(key)"))
            }
            codes[level] = list
        }
        self.init(codes)
    }

    /// Encodes as `{"com": ["91471"], …}`.
    package func encode(to encoder: any Encoder) throws {
        try Dictionary(uniqueKeysWithValues: codes.map { ($0.key.rawValue, $0.value) }).encode(to: encoder)
    }
}
