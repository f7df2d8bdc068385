import ExportCurl
import Foundation
import Testing

/// The fake data.gouv.fr API the test command starts (`Tests/support/fake_datagouv.py`): each
/// test makes a dataset of its own and reads only the journal entries of that dataset, so that
/// tests never see each other's calls.
struct FakeDatagouv {
    /// The API base (`TEST_DATAGOUV_URL`, ending in `/api/1`).
    let apiURL: String
    /// The dataset of this test.
    let dataset: String
    /// The key that owns it.
    let apiKey: String

    /// Creates a dataset of its own on the fake.
    static func make() async throws -> FakeDatagouv {
        let apiURL = try TestEnvironment.require("TEST_DATAGOUV_URL")
        let slug = "opendata-test-\(UUID().uuidString.prefix(8).lowercased())"
        let answer = try await call(apiURL, .post, "/_test/datasets", json: ["slug": slug])
        let key = try #require(answer["api_key"] as? String)
        return FakeDatagouv(apiURL: apiURL, dataset: slug, apiKey: key)
    }

    /// The variables of `export-opendata` pointing at this dataset.
    var variables: [String: String] {
        ["DATAGOUV_URL": apiURL, "DATAGOUV_API_KEY": apiKey, "DATAGOUV_DATASET": dataset]
    }

    /// The requests made with an API key about this dataset, in arrival order (the tests' own
    /// reads of the dataset, without a key, are left out).
    func journal() async throws -> [[String: Any]] {
        let answer = try await Self.call(apiURL, .get, "/_test/journal")
        let requests = try #require(answer["requests"] as? [[String: Any]])
        return requests.filter {
            ($0["path"] as? String)?.contains("/datasets/\(dataset)/") == true
                && ($0["headers"] as? [String: Any])?["X-API-KEY"] != nil
        }
    }

    /// `METHOD path-suffix status` of each journal entry, for compact expectations.
    func journalLines() async throws -> [String] {
        try await journal().map { entry in
            let path = (entry["path"] as? String ?? "").replacingOccurrences(
                of: "/api/1/datasets/\(dataset)/", with: "")
            let route = path.split(separator: "/").map { $0.count == 36 ? "{rid}" : String($0) }.joined(separator: "/")
            return "\(entry["method"] as? String ?? "") \(route) \(entry["status"] as? Int ?? 0)"
        }
    }

    /// The resources of the dataset.
    func resources() async throws -> [[String: Any]] {
        let answer = try await Self.call(apiURL, .get, "/api/1/datasets/\(dataset)/")
        return try #require(answer["resources"] as? [[String: Any]])
    }

    /// A valid API key that owns no dataset.
    func keyOwningNothing() async throws -> String {
        try #require(try await Self.call(apiURL, .post, "/_test/keys", json: [:])["api_key"] as? String)
    }

    /// Makes the next `count` requests on this dataset matching `route` answer `status`; with
    /// `afterProcessing`, once the request has been carried out (a write whose answer was lost).
    func fail(
        status: Int, count: Int = 1, route: String? = nil, retryAfter: Int? = nil, afterProcessing: Bool = false
    ) async throws {
        var body: [String: Any] = [
            "status": status, "count": count, "path": "/api/1/datasets/\(dataset)/*", "after": afterProcessing,
        ]
        if let route { body["route"] = route }
        if let retryAfter { body["retry_after"] = retryAfter }
        _ = try await Self.call(apiURL, .post, "/_test/failures", json: body)
    }

    /// Uploads `contents` as a new resource named `fileName`, as another publisher would have.
    func uploadDirectly(_ contents: String, fileName: String) async throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID())-\(fileName)").path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let request = HTTPRequest(
            method: .post, url: try #require(URL(string: "\(apiURL)/datasets/\(dataset)/upload/")),
            headers: ["X-API-KEY": apiKey, "Accept": "application/json"])
        let response = try await CurlHTTPClient().execute(
            request, form: .file(field: "file", path: path, fileName: fileName, contentType: "text/csv"))
        try #require(response.status == 201, "direct upload answered \(response.status)")
        let object = try JSONSerialization.jsonObject(with: response.body) as? [String: Any]
        return try #require(object?["id"] as? String)
    }

    /// Sends a JSON request to the fake; the path is under the server root or, for `/api/…`,
    /// replaces the `/api/1` of `apiURL`.
    private static func call(
        _ apiURL: String, _ method: HTTPMethod, _ path: String, json: [String: Any]? = nil
    ) async throws -> [String: Any] {
        let root = apiURL.hasSuffix("/api/1") ? String(apiURL.dropLast("/api/1".count)) : apiURL
        var request = HTTPRequest(method: method, url: try #require(URL(string: root + path)))
        if let json {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .data(try JSONSerialization.data(withJSONObject: json))
        }
        let response = try await CurlHTTPClient().execute(request)
        try #require(response.isSuccess, "fake data.gouv.fr answered \(response.status) to \(method) \(path)")
        return try #require(try JSONSerialization.jsonObject(with: response.body) as? [String: Any])
    }
}
