import ExportCurl
import Foundation
import Testing

/// `POST /v1/exports/{uuid}/send` through to the e-mail: the API queues the rows and wakes a real
/// `export-notifier`, which delivers at once (its own timer is an hour away).
@Suite struct APISendDeliveryTests {
    @Test func aSendIsDeliveredAtOnceByTheNotifierTheAPIWakes() async throws {
        let notifierPort = try ServiceProcess.freePort()
        let metricsPort = try ServiceProcess.freePort()
        let mail = NotifierMessageTests.mailDirectory()
        defer { try? FileManager.default.removeItem(at: mail) }
        try await APITestServer.with(
            "api_send_mail", settings: ["notifier.url": "http://127.0.0.1:\(notifierPort)", "internal.token": "t0ken"]
        ) { server in
            let notifier = try ServiceProcess.start(
                "export-notifier", ["serve"],
                environment: [
                    "DATABASE_URL": server.databaseURL, "DOWNLOAD_TOKEN_SECRET": APITestServer.downloadSecret,
                    "LOG_LEVEL": "error",
                    "NOTIFIER_HOST": "127.0.0.1", "NOTIFIER_PORT": "\(notifierPort)",
                    "METRICS_PORT": "\(metricsPort)", "INTERNAL_TOKEN": "t0ken", "MAIL_DIR": mail.path,
                    "NOTIFIER_POLL_INTERVAL": "3600",
                ])
            let metricsURL = "http://127.0.0.1:\(metricsPort)/metrics"
            func runs() async -> Double {
                NotifierProcessTests.counter(
                    "notifier_delivery_runs_total", in: await ServiceProcess.get(metricsURL, bearer: "t0ken")?.1 ?? "")
            }
            try await waitUntil(seconds: 20) { await runs() >= 1 }

            let uuid = try await APIActionsTests.export(in: "success", server: server)
            let sent = try await server.send(
                .post, "/v1/exports/\(uuid)/send", token: APITokens.registry(),
                json: #"{"recipients": ["Paul Durand <paul.durand@example.org>"], "message": "Voici le fichier"}"#)
            #expect(sent.status == 202)

            // The transport writes a hidden temporary file and renames it: wait for the `.eml` itself.
            try await waitUntil(seconds: 20) {
                let files = (try? FileManager.default.contentsOfDirectory(atPath: mail.path)) ?? []
                return files.filter { $0.hasSuffix(".eml") }.count == 1
            }
            let messages = try await NotifierMessageTests.parsedMessages(in: mail)
            #expect(messages["paul.durand@example.org"] != nil)
            #expect(await runs() == 2, "delivered by the wake-up, not by the timer")
            #expect(try await notifier.terminate() == 0)
        }
    }
}
