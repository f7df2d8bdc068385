package import Configuration

/// Where every service reads its configuration: the process environment (docs/configuration.md §1), with
/// the secret variables marked so that they are never printed by configuration access logs.
package enum ServiceEnvironment {
    /// Variables whose values are secrets.
    package static let secretVariables: Set<String> = [
        "DATABASE_URL", "UPSTREAM_DATABASE_URL", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "JWT_SECRET",
        "JWT_SECRET_PREVIOUS", "DOWNLOAD_TOKEN_SECRET", "DOWNLOAD_TOKEN_SECRET_PREVIOUS", "INTERNAL_TOKEN",
        "SMTP_USERNAME", "SMTP_PASSWORD", "DATAGOUV_API_KEY", "OPENDATA_SALT",
    ]

    /// A reader over the process environment; `overrides` (for tests and commands) win over it.
    package static func reader(overrides: [String: String] = [:]) -> ConfigReader {
        var providers: [any ConfigProvider] = []
        if !overrides.isEmpty {
            let values = Dictionary(
                uniqueKeysWithValues: overrides.map { name, value in
                    (
                        AbsoluteConfigKey(name.lowercased().split(separator: "_").map(String.init)),
                        ConfigValue(stringLiteral: value)
                    )
                })
            providers.append(InMemoryProvider(name: "overrides", values: values))
        }
        providers.append(EnvironmentVariablesProvider(secretsSpecifier: .specific(secretVariables)))
        return ConfigReader(providers: providers)
    }
}
