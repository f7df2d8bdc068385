import ExportCurl
import ExportLogging
import Foundation
import Logging
import Metrics

/// The data.gouv.fr calls of docs/opendata.md §7, with `X-API-KEY` and `Accept: application/json`:
/// read the dataset, upload a file as a new resource or over an existing one, set a resource's
/// title and description. Failures are `DatagouvError`s; 429, 5xx and transport failures are
/// retried by `retry`, the others fail at once.
struct DatagouvClient: Sendable {
    let settings: DatagouvSettings
    var retry = DatagouvRetry()
    let http: CurlHTTPClient
    let logger: Logger
    private let retries = Counter(label: "opendata_datagouv_retries_total")

    /// A client for `settings`.
    init(settings: DatagouvSettings, retry: DatagouvRetry = DatagouvRetry(), logger: Logger) {
        self.settings = settings
        self.retry = retry
        self.http = CurlHTTPClient(logger: logger)
        self.logger = logger
    }

    /// The resources of the dataset.
    func resources() async throws -> [DatagouvResource] {
        let response = try await send("GET dataset") { try (request(.get, "datasets/\(dataset)/"), nil) }
        return try decode(DatagouvDataset.self, from: response, operation: "GET dataset").resources
    }

    /// Uploads the file at `path` as `fileName`: over the resource `resourceID` when given,
    /// else as a new resource; returns the resource. A create that failed may have succeeded all
    /// the same (its answer lost, or an error after the write): before creating again, the
    /// resource is looked up by its title and, when it is there, replaced instead — a month is
    /// never published twice.
    func upload(path: String, fileName: String, over resourceID: String?) async throws -> DatagouvResource {
        let operation = resourceID == nil ? "POST upload (new resource)" : "POST upload (replace resource)"
        let form = MultipartForm.file(field: "file", path: path, fileName: fileName, contentType: "text/csv")
        var target = resourceID
        var tried = false
        let response = try await send(operation) {
            if tried, target == nil {
                target = try await resources().first { $0.title == fileName }?.id
            }
            tried = true
            let route =
                target.map { "datasets/\(dataset)/resources/\(Self.segment($0))/upload/" }
                ?? "datasets/\(dataset)/upload/"
            var post = try request(.post, route)
            post.timeouts = HTTPTimeouts(connect: .seconds(10), total: nil, stall: .seconds(120))
            return (post, form)
        }
        return try decode(DatagouvResource.self, from: response, operation: operation)
    }

    /// Sets the title and the description of the resource `resourceID`; returns the resource.
    func updateMetadata(resourceID: String, title: String, description: String) async throws -> DatagouvResource {
        let body = try JSONSerialization.data(withJSONObject: ["title": title, "description": description])
        var put = try request(.put, "datasets/\(dataset)/resources/\(Self.segment(resourceID))/")
        put.headers.add(name: "Content-Type", value: "application/json")
        put.body = .data(body)
        let response = try await send("PUT resource") { (put, nil) }
        return try decode(DatagouvResource.self, from: response, operation: "PUT resource")
    }

    /// The dataset as a path segment.
    private var dataset: String { Self.segment(settings.dataset) }

    /// `value` percent-encoded for one path segment.
    private static func segment(_ value: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove("/")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }

    /// A request to `route` under the API base with the key and JSON accepted.
    private func request(_ method: HTTPMethod, _ route: String) throws -> HTTPRequest {
        guard let url = URL(string: "\(settings.baseURL)/\(route)") else {
            throw DatagouvError(operation: "\(method) \(route)", status: 0, message: "invalid URL")
        }
        let headers: HTTPHeaders = [
            "X-API-KEY": settings.apiKey, "Accept": "application/json", "User-Agent": "rpc-export-opendata",
        ]
        return HTTPRequest(method: method, url: url, headers: headers, timeouts: HTTPTimeouts(total: .seconds(120)))
    }

    /// Sends the request `make` gives at each attempt (with its multipart form, if any) until it
    /// succeeds, fails for good, or runs out of attempts.
    private func send(
        _ operation: String, _ make: () async throws -> (HTTPRequest, MultipartForm?)
    ) async throws -> HTTPResponse {
        var attempt = 1
        while true {
            let (request, form) = try await make()
            var response: HTTPResponse?
            let failure: DatagouvError
            do {
                let answer =
                    if let form { try await http.execute(request, form: form) } else { try await http.execute(request) }
                if answer.isSuccess { return answer }
                response = answer
                failure = DatagouvError(operation: operation, status: answer.status, message: Self.message(answer.body))
            } catch let error as CurlError {
                failure = DatagouvError(operation: operation, status: 0, message: String(describing: error))
            }
            guard failure.isRetryable, attempt < retry.maxAttempts else { throw failure }
            let delay = retry.delay(afterAttempt: attempt, response: response)
            logger.warning(
                "data.gouv.fr call failed, retrying",
                metadata: .fields([
                    .datagouvOperation: operation, .httpStatus: failure.status, .retryAttempt: attempt,
                    .retryDelayMilliseconds: delay,
                ]))
            retries.increment()
            try await Task.sleep(for: delay)
            attempt += 1
        }
    }

    /// The message of an error answer: udata's `message` or `error`, else the start of the body.
    static func message(_ body: Data) -> String {
        if let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] {
            for key in ["message", "error"] { if let text = object[key] as? String { return text } }
        }
        let text = String(decoding: body.prefix(300), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "(empty answer)" : text
    }

    /// Decodes a success answer, or fails naming the operation.
    private func decode<Value: Decodable>(_ type: Value.Type, from response: HTTPResponse, operation: String) throws
        -> Value
    {
        do {
            return try JSONDecoder().decode(type, from: response.body)
        } catch {
            throw DatagouvError(
                operation: operation, status: response.status,
                message: "unexpected answer: \(Self.message(response.body))")
        }
    }
}
