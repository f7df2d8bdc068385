package import Configuration

/// The shared secret of the internal endpoints (`POST /v1/deliver`, `/metrics` on a public port),
/// read once for every service that sends or checks it (docs/configuration.md §3).
///
/// Key: `internal.token` (`INTERNAL_TOKEN`, a secret, no default): unset or empty, the endpoints
/// are open, for a private network only.
package struct InternalTokenSetting: Sendable, Equatable {
    /// The token, or nil when none is set.
    package var token: String?

    /// Reads the token.
    package init(reader: ConfigReader) {
        token = reader.string(forKey: "internal.token", isSecret: true).flatMap { $0.isEmpty ? nil : $0 }
    }
}
