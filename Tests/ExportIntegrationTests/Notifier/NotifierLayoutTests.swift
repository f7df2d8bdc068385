import ExportModels
import ExportStore
import Foundation
import Testing

@testable import ExportNotifier

/// The HTML e-mails fit a phone (docs/emails.md §11): every kind of message, sent through the SMTP
/// stand-in, is rendered in Chromium at 390 and 1024 px by `Tests/support/email_render.py`, and
/// nothing runs off the right edge. The screenshots stay in `var/screenshots/emails/`.
@Suite struct NotifierLayoutTests {
    /// One rendering of one message, as the helper prints it.
    struct Rendering: Decodable {
        var file: String
        var width: Int
        var scroll_width: Int
        var screenshot: String
    }

    /// The repository's root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func everyMessageFitsAPhoneAndADesktopWithoutHorizontalScrolling() async throws {
        try await SMTPCaptureServer.with { server in
            try await NotifierFixtures.withDatabase("notifier_layout") { pool, _ in
                let export = try await NotifierFixtures.successfulExport(
                    pool,
                    recipients: [
                        RecipientAddress(
                            email: "success@example.org", fullname: "Marie-Antoinette Delacroix-Montmorency")
                    ])
                _ = try await SendRequests(pool: pool).queue(
                    exportID: export.id, recipients: [RecipientAddress(email: "send@example.org")],
                    senderName: "Agence régionale de la mobilité",
                    message: "Voici l’export demandé.\n"
                        + String(repeating: "unmotsansespaceaucunementcoupé", count: 4),
                    actor: "42")
                _ = try await NotifierFixtures.failedExport(
                    pool, recipients: [RecipientAddress(email: "failure@example.org")])
                let run = try await NotifierFixtures.run(
                    pool, NotifierSMTPTests.smtp(port: server.port, ["SUPPORT_EMAIL": "support@example.org"]))
                #expect(try await run.deliverPending() == DeliveryReport(sent: 4))

                let entries = try server.entries()
                let names = ["success", "send", "failure", "support"]
                var files: [String] = []
                for name in names {
                    let entry = try #require(entries.first { $0.rcpt_tos.contains("\(name)@example.org") })
                    let named = server.directory.appendingPathComponent("\(name).eml")
                    try FileManager.default.copyItem(
                        at: server.directory.appendingPathComponent(entry.file), to: named)
                    files.append(named.path)
                }
                let out = Self.root.appendingPathComponent("var/screenshots/emails")
                let output = try await CommandRun.succeeding(
                    program: try TestEnvironment.require("TEST_PYTHON"),
                    [Self.root.appendingPathComponent("Tests/support/email_render.py").path, "--out", out.path]
                        + files, seconds: 120
                ).outputData
                let renderings = try JSONDecoder().decode([Rendering].self, from: output)
                #expect(renderings.count == names.count * 2)
                #expect(Set(renderings.map(\.width)) == [390, 1024])
                for rendering in renderings {
                    #expect(
                        rendering.scroll_width <= rendering.width,
                        "\(rendering.file) at \(rendering.width) px is \(rendering.scroll_width) px wide")
                    #expect(FileManager.default.fileExists(atPath: rendering.screenshot))
                }
            }
        }
    }
}
