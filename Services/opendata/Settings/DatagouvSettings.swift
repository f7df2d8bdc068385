import Configuration
import ExportConfiguration
import Foundation

/// Where and as whom files are published (docs/opendata.md §7, §9), required by the commands that
/// upload (`opendata:upload`, `opendata:publish`, `run`).
///
/// Keys: `datagouv.url` (`DATAGOUV_URL`, no default: `https://www.data.gouv.fr/api/1` or the
/// demo instance), `datagouv.api.key` (`DATAGOUV_API_KEY`, secret, sent as `X-API-KEY`),
/// `datagouv.dataset` (`DATAGOUV_DATASET`, id or slug).
struct DatagouvSettings: Sendable {
    /// The API base, without trailing slash.
    var baseURL: String
    /// The API key.
    var apiKey: String
    /// The dataset's id or slug.
    var dataset: String

    /// Reads the settings; throws naming the variable when one is missing or invalid.
    init(reader: ConfigReader) throws {
        let url = try reader.nonEmptyString(forKey: "datagouv.url")
        guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme ?? ""), parsed.host != nil else {
            throw ConfigurationValueError(variable: "DATAGOUV_URL", problem: "must be an http(s) URL (got \"\(url)\")")
        }
        baseURL = url.hasSuffix("/") ? String(url.dropLast()) : url
        apiKey = try reader.nonEmptyString(forKey: "datagouv.api.key", isSecret: true)
        dataset = try reader.nonEmptyString(forKey: "datagouv.dataset")
    }
}
