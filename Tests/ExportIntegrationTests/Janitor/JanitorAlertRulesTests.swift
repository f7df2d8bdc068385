import ExportModels
import ExportPostgres
import ExportStore
import Foundation
import Testing

/// The gauges of the janitor's `/metrics` (docs/queue.md §15) and the alert rules of
/// `docs/alerts.yml`: `promtool` checks and unit-tests the rules, then a Prometheus of the test's
/// own scrapes a live janitor and evaluates every rule's expression: those that an export waiting
/// for two hours with no builder, and an e-mail stuck as long, must fire, fire; the others do not.
@Suite struct JanitorAlertRulesTests {
    /// The repository's root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `expr:` of every rule of `docs/alerts.yml`, by alert name.
    static func ruleExpressions() throws -> [String: String] {
        let text = try String(contentsOf: root.appendingPathComponent("docs/alerts.yml"), encoding: .utf8)
        var rules: [String: String] = [:]
        var alert = ""
        for line in text.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if line.hasPrefix("- alert: ") { alert = String(line.dropFirst("- alert: ".count)) }
            if line.hasPrefix("expr: ") { rules[alert] = String(line.dropFirst("expr: ".count)) }
        }
        return rules
    }

    @Test func promtoolChecksAndUnitTestsTheRules() async throws {
        let check = try await CommandRun.succeeding(
            program: "/usr/bin/promtool", ["check", "rules", Self.root.appendingPathComponent("docs/alerts.yml").path])
        #expect(check.output.contains("SUCCESS: 6 rules found"), "\(check.output)")
        let test = try await CommandRun.succeeding(
            program: "/usr/bin/promtool",
            ["test", "rules", Self.root.appendingPathComponent("Tests/support/alerts_test.yml").path])
        #expect(test.output.contains("SUCCESS"), "\(test.output)")
    }

    @Test func everyRuleEvaluatesAgainstALiveJanitorAndTheStuckOnesFire() async throws {
        try await JanitorFixtures.withDatabase("janitor_alerts") { pool, database in
            let work = FileManager.default.temporaryDirectory.appendingPathComponent("alerts-\(UUID())")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: work) }
            let stuck = try await ExportRepository(pool: pool).create(
                NewExport(
                    type: .registry, format: .csv, createdBy: "42",
                    params: ExportParams(
                        startAt: Date(timeIntervalSince1970: 1_735_686_000),
                        endAt: Date(timeIntervalSince1970: 1_738_364_400)), recipients: []), actor: "42")
            try await pool.execute(
                """
                UPDATE export.exports SET created_at = now() - interval '2 hours', run_after = now() - interval '2 hours'
                WHERE _id = $1
                """, [stuck.id])
            try await pool.execute(
                """
                INSERT INTO export.notifications (export_id, recipient_id, kind, created_at)
                VALUES ($1, NULL, 'support', now() - interval '2 hours')
                """, [stuck.id])
            _ = try await JanitorFixtures.createFinishedExport(
                pool, status: .error, finishedDaysAgo: 1, withFile: false)

            let port = try ServiceProcess.freePort()
            let janitor = try ServiceProcess.start(
                "export-janitor", ["run"],
                environment: [
                    "DATABASE_URL": database.url, "JANITOR_INTERVAL": "1", "HEALTH_PORT": "\(port)",
                    "S3_ENDPOINT": "", "STORAGE_DIR": work.appendingPathComponent("storage").path, "LOG_LEVEL": "error",
                ])
            defer { if janitor.process.isRunning { janitor.process.terminate() } }
            var metrics = ""
            try await waitUntil(seconds: 30) {
                metrics = await ServiceProcess.get("http://127.0.0.1:\(port)/metrics")?.1 ?? ""
                return metrics.contains("janitor_exports_pending 1.0")
            }
            #expect(metrics.contains("janitor_exports_running 0.0"), "\(metrics)")
            #expect(metrics.contains("janitor_notifications_waiting 1.0"))
            #expect(metrics.contains(#"janitor_exports_by_status{status="error"} 1.0"#))
            #expect(metrics.contains(#"janitor_exports_by_status{status="success"} 0.0"#), "every status, zeros too")
            for gauge in [
                "janitor_exports_pending_oldest_age_seconds", "janitor_notifications_waiting_oldest_age_seconds",
            ] {
                let value = metrics.split(separator: "\n").first { $0.hasPrefix(gauge + " ") }?.split(separator: " ")
                    .last
                #expect(
                    value.flatMap { Double($0) }.map { (7_100...7_300).contains($0) } == true, "\(gauge): two hours")
            }

            let prometheus = try await Self.startPrometheus(scraping: port, in: work)
            defer { prometheus.process.terminate() }
            try await waitUntil(seconds: 60) {
                await Self.query("janitor_exports_pending", on: prometheus.port)?.count == 1
            }
            for (alert, expression) in try Self.ruleExpressions() {
                let result = try #require(await Self.query(expression, on: prometheus.port), "\(alert): \(expression)")
                let firing = ["RpcExportQueueNotDraining", "RpcExportNoBuilderWorking", "RpcExportEmailsNotLeaving"]
                    .contains(alert)
                #expect(result.isEmpty != firing, "\(alert): \(expression) gave \(result)")
            }
            #expect(try await janitor.terminate() == 0)
        }
    }

    /// A Prometheus of the test's own, scraping `127.0.0.1:metricsPort` every second.
    static func startPrometheus(scraping metricsPort: Int, in folder: URL) async throws -> (process: Process, port: Int)
    {
        let configuration = folder.appendingPathComponent("prometheus.yml")
        try """
        global: {scrape_interval: 1s, evaluation_interval: 1s}
        scrape_configs:
          - job_name: janitor
            static_configs: [{targets: ["127.0.0.1:\(metricsPort)"]}]
        """.write(to: configuration, atomically: true, encoding: .utf8)
        let port = try ServiceProcess.freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/prometheus")
        process.arguments = [
            "--config.file=\(configuration.path)", "--storage.tsdb.path=\(folder.appendingPathComponent("tsdb").path)",
            "--web.listen-address=127.0.0.1:\(port)",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, port)
    }

    /// The series an instant query of `expression` returns; nil while Prometheus does not answer
    /// or when it refuses the expression.
    static func query(_ expression: String, on port: Int) async -> [[String: Any]]? {
        var components = URLComponents(string: "http://127.0.0.1:\(port)/api/v1/query")!
        components.queryItems = [URLQueryItem(name: "query", value: expression)]
        let encoded = components.percentEncodedQuery!.replacingOccurrences(of: "+", with: "%2B")
        guard let (status, body) = await ServiceProcess.get("http://127.0.0.1:\(port)/api/v1/query?\(encoded)"),
            status == 200,
            let answer = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any],
            answer["status"] as? String == "success"
        else { return nil }
        return ((answer["data"] as? [String: Any])?["result"] as? [[String: Any]]) ?? []
    }
}
