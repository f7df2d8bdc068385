package import Configuration

/// Typed reads that refuse invalid values instead of silently falling back to the default, as
/// `ConfigReader.int(forKey:default:)` would: an invalid value must stop a service at start.
extension ConfigReader {
    /// The environment variable that a configuration key is read from (`s3.bucket` → `S3_BUCKET`).
    package static func variableName(of key: ConfigKey) -> String {
        key.components.map { $0.uppercased() }.joined(separator: "_")
    }

    /// A string that must be present and not empty.
    package func nonEmptyString(forKey key: ConfigKey, isSecret: Bool = false) throws -> String {
        guard let value = string(forKey: key, isSecret: isSecret), !value.isEmpty else {
            throw ConfigurationValueError(variable: Self.variableName(of: key), problem: "is required")
        }
        return value
    }

    /// An integer within `range`, or `defaultValue` when the variable is absent or empty.
    package func boundedInt(forKey key: ConfigKey, default defaultValue: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = string(forKey: key), !text.isEmpty else { return defaultValue }
        guard let value = Int(text.trimmingSpaces()), range.contains(value) else {
            throw ConfigurationValueError(
                variable: Self.variableName(of: key),
                problem: "must be an integer between \(range.lowerBound) and \(range.upperBound) (got \"\(text)\")"
            )
        }
        return value
    }

    /// One of `allowed`, or `defaultValue` when the variable is absent or empty.
    package func choice(forKey key: ConfigKey, default defaultValue: String, allowed: [String]) throws -> String {
        guard let text = string(forKey: key), !text.isEmpty else { return defaultValue }
        let value = text.trimmingSpaces().lowercased()
        guard allowed.contains(value) else {
            throw ConfigurationValueError(
                variable: Self.variableName(of: key),
                problem: "must be one of \(allowed.joined(separator: ", ")) (got \"\(text)\")"
            )
        }
        return value
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingSpaces() -> String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view.removeFirst() }
        while let last = view.last, last.isWhitespace { view.removeLast() }
        return String(view)
    }
}
