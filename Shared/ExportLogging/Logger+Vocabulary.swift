package import Logging

extension Logger.Metadata {
    /// Metadata whose keys come from the vocabulary (docs/logs.md §2) and whose values are
    /// written by `LogText` (§3); an entry whose value is nil is left out.
    package static func fields(_ entries: KeyValuePairs<LogKey, (any Sendable)?>) -> Logger.Metadata {
        var metadata: Logger.Metadata = [:]
        for case (let key, let value?) in entries { metadata[key.rawValue] = .string(LogText.of(value)) }
        return metadata
    }

    /// This metadata with `entries` added as `fields` writes them, replacing a key already there.
    package func adding(_ entries: KeyValuePairs<LogKey, (any Sendable)?>) -> Logger.Metadata {
        merging(.fields(entries)) { $1 }
    }
}

extension Logger {
    /// The value of the vocabulary key `key` (docs/logs.md §2) on every line of this logger.
    package subscript(metadataKey key: LogKey) -> Logger.Metadata.Value? {
        get { self[metadataKey: key.rawValue] }
        set { self[metadataKey: key.rawValue] = newValue }
    }
}
