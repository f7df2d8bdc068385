import ExportCurl
import Foundation
import Testing

/// The JSON logs of one whole export (docs/logs.md §5): ordered through a real `export-api`,
/// built by a real `export-builder`, its e-mail sent by a real `export-notifier`.
@Suite struct ServiceLogTests {
    /// The fields every JSON line has before its metadata (docs/logs.md §1).
    static let lineFields: Set<String> = ["time", "level", "logger", "message"]

    /// What each service must log about the export, each line with its `export.uuid`.
    static let exportLines = [
        "api": ["request", "export created"],
        "builder": ["export claimed", "export file built", "export built and stored"],
        "notifier": ["e-mail sent"],
    ]

    @Test func aWholeExportLogsOnlyDocumentedKeysAndItsUUIDOnEachOfItsLines() async throws {
        try await BuilderWorkerBench.with("service_logs") { bench in
            let mail = NotifierMessageTests.mailDirectory()
            defer { try? FileManager.default.removeItem(at: mail) }
            let (apiPort, notifierPort) = (try ServiceProcess.freePort(), try ServiceProcess.freePort())
            let environment = bench.environment([
                "LOG_LEVEL": "info", "NOTIFIER_URL": "http://127.0.0.1:\(notifierPort)", "INTERNAL_TOKEN": "t0ken",
                "JWT_SECRET": APITestServer.secret, "DOWNLOAD_TOKEN_SECRET": APITestServer.downloadSecret,
                "METRICS_PORT": "0", "API_HOST": "127.0.0.1", "API_PORT": "\(apiPort)", "NOTIFIER_HOST": "127.0.0.1",
                "NOTIFIER_PORT": "\(notifierPort)", "NOTIFIER_POLL_INTERVAL": "3600", "MAIL_DIR": mail.path,
            ])
            let notifier = try Self.start("export-notifier", "serve", environment, bench)
            let api = try Self.start("export-api", "serve", environment, bench)
            try await waitUntil { await ServiceProcess.get("http://127.0.0.1:\(notifierPort)/health")?.0 == 200 }
            try await waitUntil { await ServiceProcess.get("http://127.0.0.1:\(apiPort)/ready")?.0 == 200 }

            let uuid = try await Self.order(port: apiPort)
            let builder = try Self.start("export-builder", "run", environment, bench)
            try await waitUntil(seconds: 60) { bench.output("notifier").contains("\"message\":\"e-mail sent\"") }
            for service in [builder, api, notifier] { #expect(try await service.terminate() == 0) }

            let documented = try Self.documentedKeys()
            for (name, messages) in Self.exportLines {
                let lines = try Self.lines(of: bench.output(name))
                for line in lines {
                    let unknown = Set(line.keys).subtracting(Self.lineFields).subtracting(documented)
                    #expect(unknown.isEmpty, "\(name): keys outside docs/logs.md: \(unknown.sorted()) in \(line)")
                    let mentionsTheExport = line.values.contains { "\($0)".contains(uuid) }
                    if line["export.uuid"] != nil || mentionsTheExport {
                        #expect(line["export.uuid"] as? String == uuid, "\(name): \(line)")
                    }
                }
                for message in messages {
                    let found = lines.filter { $0["message"] as? String == message && $0["export.uuid"] != nil }
                    #expect(!found.isEmpty, "\(name) logs `\(message)` with the export's uuid")
                }
            }
        }
    }

    /// Starts `executable command` on the bench, its output in `<logDirectory>/<name>.log`, where
    /// `name` is the executable's name without `export-`.
    private static func start(
        _ executable: String, _ command: String, _ environment: [String: String], _ bench: BuilderWorkerBench
    ) throws -> ServiceProcess {
        try ServiceProcess.start(
            executable, [command], environment: environment,
            output: "\(bench.logDirectory)/\(executable.dropFirst("export-".count)).log")
    }

    /// Orders the bench's month through the API with one recipient; returns the export's uuid.
    private static func order(port: Int) async throws -> String {
        var headers = HTTPHeaders()
        headers.add(name: "Authorization", value: "Bearer \(APITokens.registry())")
        headers.add(name: "Content-Type", value: "application/json")
        let body = #"""
            {"start_at": "2024-12-31T23:00:00Z", "end_at": "2025-01-31T23:00:00Z",
             "recipients": ["Jeanne Martin <jeanne.martin@example.org>"]}
            """#
        let response = try await CurlHTTPClient(logger: .quiet).execute(
            HTTPRequest(
                method: .post, url: try #require(URL(string: "http://127.0.0.1:\(port)/v1/exports")), headers: headers,
                body: .data(Data(body.utf8))))
        let created = APIResponse(status: response.status, headers: response.headers, body: response.body)
        #expect(created.status == 201)
        return try #require(created.json["uuid"] as? String)
    }

    /// Every line of `output`, each of which must be one JSON object.
    private static func lines(of output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { line in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return try #require(object, "not a JSON object: \(line)")
        }
    }

    /// The keys that docs/logs.md documents: the first cell of each row of its tables.
    private static func documentedKeys() throws -> Set<String> {
        let text = try String(contentsOfFile: BuilderGoldenTests.repositoryFile("docs/logs.md"), encoding: .utf8)
        return Set(
            text.split(separator: "\n").compactMap { line in
                line.hasPrefix("| `") ? line.dropFirst(3).split(separator: "`").first.map(String.init) : nil
            })
    }
}
