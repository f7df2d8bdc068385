import Foundation

/// A JSON document bound as text; write `$1::jsonb` in the statement.
package struct PostgresJSON: PostgresBindable {
    /// The serialised JSON.
    package let text: String

    /// Wraps already serialised JSON.
    package init(text: String) { self.text = text }

    /// Serialises an encodable value with sorted keys.
    package init(encoding value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        self.text = String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The JSON text.
    package var postgresText: String? { text }
}
