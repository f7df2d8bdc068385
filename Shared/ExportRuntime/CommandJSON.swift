import Foundation

/// What the commands print with `--json` (docs/commands.md §4): one JSON document on standard
/// output, keys sorted, instants in ISO 8601, so that scripts read it with `jq`.
package enum CommandJSON {
    /// Prints `value` as one line of JSON.
    package static func print(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        Swift.print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
