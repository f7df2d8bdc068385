package import Foundation
package import Logging

/// Writes each log record as one JSON object on one line of standard error, for log collectors.
package struct JSONLogHandler: LogHandler {
    /// The logger's label, written as `logger`.
    package let label: String
    /// Records below this level are dropped.
    package var logLevel: Logger.Level = .info
    /// Metadata attached to every record of this logger.
    package var metadata: Logger.Metadata = [:]

    private let write: @Sendable (Data) -> Void

    /// `2026-12-06T17:40:00.123Z`: one style for every line, since logging is on every request's
    /// path; an `ISO8601DateFormatter` built per line cost far more (figures in
    /// docs/configuration.md, `LOG_FORMAT`).
    package static let timeStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    /// Creates a handler for the logger called `label`, writing lines to standard error or to `write`.
    package init(label: String, write: @escaping @Sendable (Data) -> Void = { FileHandle.standardError.write($0) }) {
        self.label = label
        self.write = write
    }

    /// Reads or writes one metadata value.
    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Formats and writes one record: typed values through `JSONEncoder`, several times cheaper
    /// than `JSONSerialization` on `[String: Any]`.
    package func log(event: LogEvent) {
        var object: [String: LogValue] = [
            "time": .string(Date().formatted(Self.timeStyle)),
            "level": .string(event.level.rawValue),
            "logger": .string(label),
            "message": .string(event.message.description),
        ]
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        for (key, value) in merged where object[key] == nil { object[key] = LogValue(value) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var line = try? encoder.encode(object) else { return }
        line.append(0x0A)
        write(line)
    }
}

/// A metadata value as JSON: text, or arrays and objects of them.
private enum LogValue: Encodable {
    case string(String)
    case array([LogValue])
    case object([String: LogValue])

    /// The value of a metadata entry; values given as `CustomStringConvertible` are written as text.
    init(_ value: Logger.Metadata.Value) {
        switch value {
        case .string(let text): self = .string(text)
        case .stringConvertible(let convertible): self = .string(convertible.description)
        case .array(let items): self = .array(items.map(LogValue.init))
        case .dictionary(let entries): self = .object(entries.mapValues(LogValue.init))
        }
    }

    /// Writes the value itself, without a wrapping key.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .array(let items): try container.encode(items)
        case .object(let entries): try container.encode(entries)
        }
    }
}
