import ExportModels
import Foundation
import Testing

@testable import ExportNotifier

/// Several notifiers on one outbox (docs/emails.md §8): each row is claimed by one of them only.
@Suite struct NotifierConcurrencyTests {
    @Test func twoNotifiersDeliverEachRowOnce() async throws {
        let host = try TestEnvironment.require("TEST_SMTP_HOST")
        let port = try TestEnvironment.require("TEST_SMTP_PORT")
        try await NotifierFixtures.withDatabase("notifier_concurrent") { pool, _ in
            let recipients = (0..<24).map { _ in RecipientAddress(email: NotifierSMTPTests.address("twice-")) }
            let export = try await NotifierFixtures.successfulExport(pool, recipients: recipients)
            let settings = ["SMTP_URL": "smtp://\(host):\(port)"]
            let (first, second) = (
                try await NotifierFixtures.run(pool, settings), try await NotifierFixtures.run(pool, settings)
            )
            async let firstReport = first.deliverPending()
            async let secondReport = second.deliverPending()
            let reports = try await [firstReport, secondReport]

            #expect(reports.map(\.sent).reduce(0, +) == 24)
            #expect(reports.allSatisfy { $0.retried == 0 && $0.failed == 0 })
            #expect(try await NotifierFixtures.rows(pool, exportID: export.id).allSatisfy { $0.state == "sent" })
            for recipient in recipients {
                #expect(try NotifierSMTPTests.sharedEntries(for: recipient.email).count == 1)
            }
        }
    }
}
