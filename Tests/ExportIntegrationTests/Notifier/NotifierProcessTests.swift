import ExportCurl
import ExportModels
import ExportPostgres
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `export-notifier` as an operator runs it: `serve` woken by `POST /v1/deliver` behind
/// `INTERNAL_TOKEN`, `deliver` as a one-shot command, and a crash in the middle of a delivery.
@Suite struct NotifierProcessTests {
    /// The environment every notifier process of these tests gets.
    static func environment(_ database: TestDatabase, _ extra: [String: String]) -> [String: String] {
        ["DATABASE_URL": database.url, "DOWNLOAD_TOKEN_SECRET": NotifierFixtures.secret, "LOG_LEVEL": "error"]
            .merging(extra) { $1 }
    }

    /// The value of a counter in the Prometheus text of `/metrics` (summed over its labels).
    static func counter(_ name: String, in text: String) -> Double {
        text.split(separator: "\n").filter { $0.hasPrefix(name) }.compactMap { $0.split(separator: " ").last }
            .compactMap { Double($0) }.reduce(0, +)
    }

    @Test func deliversOnAWakeUpOnlyWithTheInternalToken() async throws {
        try await NotifierFixtures.withDatabase("notifier_wakeup") { pool, database in
            let directory = NotifierMessageTests.mailDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let (port, metricsPort) = (try ServiceProcess.freePort(), try ServiceProcess.freePort())
            let service = try ServiceProcess.start(
                "export-notifier", ["serve"],
                environment: Self.environment(
                    database,
                    [
                        "NOTIFIER_HOST": "127.0.0.1", "NOTIFIER_PORT": "\(port)", "METRICS_PORT": "\(metricsPort)",
                        "INTERNAL_TOKEN": "t0ken", "MAIL_DIR": directory.path, "NOTIFIER_POLL_INTERVAL": "3600",
                    ]))
            let metricsURL = "http://127.0.0.1:\(metricsPort)/metrics"
            func runs() async -> Double {
                Self.counter(
                    "notifier_delivery_runs_total", in: await ServiceProcess.get(metricsURL, bearer: "t0ken")?.1 ?? "")
            }
            try await waitUntil { await runs() >= 1 }
            #expect(await ServiceProcess.get(metricsURL)?.0 == 401)

            let export = try await NotifierFixtures.successfulExport(
                pool, recipients: [RecipientAddress(email: "wake@example.org")])
            let deliver = "http://127.0.0.1:\(port)/v1/deliver"
            #expect(try await Self.post(deliver, bearer: nil) == 401)
            #expect(try await Self.post(deliver, bearer: "wrong") == 401)
            #expect(try await Self.post(deliver, bearer: "t0ken") == 202)
            try await waitUntil { try await NotifierFixtures.rows(pool, exportID: export.id).first?.state == "sent" }
            try await waitUntil { await runs() >= 2 }
            #expect(await runs() == 2, "only the authorised call woke the loop")
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).count == 1)
            let metrics = await ServiceProcess.get(metricsURL, bearer: "t0ken")?.1 ?? ""
            #expect(Self.counter("notifier_emails_sent_total", in: metrics) == 1)
            #expect(try await service.terminate() == 0)
        }
    }

    @Test func deliverCommandSendsWhatIsDueOnceAndRefusesInvalidSettings() async throws {
        try await NotifierFixtures.withDatabase("notifier_command") { pool, database in
            let directory = NotifierMessageTests.mailDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let export = try await NotifierFixtures.successfulExport(
                pool, recipients: [RecipientAddress(email: "a@example.org"), RecipientAddress(email: "b@example.org")])
            let refusedSettings = [
                ["DOWNLOAD_TOKEN_SECRET": "too short"], ["DOWNLOAD_TOKEN_SECRET": ""],
                ["NOTIFIER_CLAIM_TIMEOUT": "5", "SMTP_TIMEOUT": "10"],
                ["SMTP_URL": "http://127.0.0.1:25"],
            ]
            for settings in refusedSettings {
                let environment = Self.environment(database, ["MAIL_DIR": directory.path]).merging(settings) { $1 }
                let refused = try ServiceProcess.start("export-notifier", ["deliver"], environment: environment)
                try await waitUntil { !refused.process.isRunning }
                #expect(refused.process.terminationStatus != 0, "\(settings)")
            }
            #expect(try await NotifierFixtures.rows(pool, exportID: export.id).allSatisfy { $0.state == "pending" })

            for _ in 0..<2 {
                let command = try ServiceProcess.start(
                    "export-notifier", ["deliver"],
                    environment: Self.environment(database, ["MAIL_DIR": directory.path]))
                try await waitUntil(seconds: 20) { !command.process.isRunning }
                #expect(command.process.terminationStatus == 0)
            }
            #expect(try await NotifierFixtures.rows(pool, exportID: export.id).allSatisfy { $0.state == "sent" })
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).count == 2)
        }
    }

    /// The notifier holds the download-token secret only (docs/configuration.md §2): it must
    /// start and deliver with `JWT_SECRET` empty, so that whoever takes it can mint no bearer token.
    @Test func deliversWithoutJWTSecret() async throws {
        try await NotifierFixtures.withDatabase("notifier_no_jwt") { pool, database in
            let directory = NotifierMessageTests.mailDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let export = try await NotifierFixtures.successfulExport(
                pool, recipients: [RecipientAddress(email: "link@example.org")])
            let command = try ServiceProcess.start(
                "export-notifier", ["deliver"],
                environment: Self.environment(database, ["MAIL_DIR": directory.path, "JWT_SECRET": ""]))
            try await waitUntil(seconds: 20) { !command.process.isRunning }
            #expect(command.process.terminationStatus == 0)
            #expect(try await NotifierFixtures.rows(pool, exportID: export.id).map(\.state) == ["sent"])
        }
    }

    @Test func resendsAtMostTheMessageInFlightWhenKilledDuringDelivery() async throws {
        try await SMTPCaptureServer.with(["--data-delay", "1"]) { server in
            try await NotifierFixtures.withDatabase("notifier_kill") { pool, database in
                let recipients = (0..<4).map { RecipientAddress(email: "kill-\($0)@example.org") }
                let export = try await NotifierFixtures.successfulExport(pool, recipients: recipients)
                let environment = Self.environment(
                    database,
                    [
                        "SMTP_URL": "smtp://127.0.0.1:\(server.port)", "NOTIFIER_CLAIM_TIMEOUT": "3",
                        "SMTP_TIMEOUT": "2",
                        "NOTIFIER_POLL_INTERVAL": "1", "NOTIFIER_HOST": "127.0.0.1",
                        "NOTIFIER_PORT": "\(try ServiceProcess.freePort())",
                        "METRICS_PORT": "\(try ServiceProcess.freePort())",
                    ])
                let first = try ServiceProcess.start("export-notifier", ["serve"], environment: environment)
                try await waitUntil(seconds: 20) { try server.entries().count >= 1 }
                kill(first.process.processIdentifier, SIGKILL)
                try await waitUntil { !first.process.isRunning }
                let inFlight = try server.entries().last?.message_id

                let second = try ServiceProcess.start("export-notifier", ["serve"], environment: environment)
                try await waitUntil(seconds: 30) {
                    try await NotifierFixtures.rows(pool, exportID: export.id).allSatisfy { $0.state == "sent" }
                }
                #expect(try await second.terminate() == 0)

                let rows = try await NotifierFixtures.rows(pool, exportID: export.id)
                let received = try server.entries().compactMap(\.message_id)
                #expect(Set(received) == Set(rows.compactMap { $0.messageID.map { "<\($0)>" } }), "nothing lost")
                let duplicates = Dictionary(grouping: received, by: { $0 }).filter { $0.value.count > 1 }
                #expect(duplicates.count <= 1 && duplicates.values.allSatisfy { $0.count == 2 })
                #expect(duplicates.keys.allSatisfy { $0 == inFlight }, "only the message in flight is sent twice")
            }
        }
    }

    /// `POST url` with an optional bearer token; the status.
    static func post(_ url: String, bearer: String?) async throws -> Int {
        var headers = HTTPHeaders()
        if let bearer { headers.add(name: "Authorization", value: "Bearer \(bearer)") }
        let request = HTTPRequest(method: .post, url: try #require(URL(string: url)), headers: headers)
        return try await CurlHTTPClient().execute(request).status
    }
}
