import ExportTime
package import Foundation

/// The JSON conventions of stored documents: sorted keys, ISO 8601 instants in UTC to the second
/// (`2025-01-01T00:00:00Z`).
package enum ExportJSON {
    /// The encoder of stored and served JSON.
    package static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom(encodeInstant)
        return encoder
    }

    /// The decoder of stored JSON.
    package static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom(decodeInstant)
        return decoder
    }

    /// Writes `date` as Foundation's `.iso8601` strategy does (the fraction of a second dropped),
    /// through `UTCSecondText` from 1970 to 9999 and Foundation's style otherwise.
    @Sendable static func encodeInstant(_ date: Date, to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        let seconds = date.timeIntervalSince1970.rounded(.down)
        let fast = abs(seconds) < 1e15 ? UTCSecondText.format(Int64(seconds)) : nil
        try container.encode(fast ?? date.formatted(Date.ISO8601FormatStyle()))
    }

    /// Reads an instant as Foundation's `.iso8601` strategy does: `UTCSecondText` for the
    /// shape this encoder writes, Foundation's style for any other, with the strategy's error.
    @Sendable static func decodeInstant(from decoder: any Decoder) throws -> Date {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        if let seconds = UTCSecondText.parse(text) { return Date(timeIntervalSince1970: TimeInterval(seconds)) }
        do {
            return try Date.ISO8601FormatStyle().parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected date string to be ISO8601-formatted.")
        }
    }
}
