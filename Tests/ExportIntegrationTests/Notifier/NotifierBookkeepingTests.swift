import ExportModels
import ExportPostgres
import ExportStore
import Foundation
import Testing

@testable import ExportNotifier

/// What the notifier records around a delivery: a database blip after the SMTP server accepted a
/// message, and the grouping of support rows.
@Suite struct NotifierBookkeepingTests {
    @Test func aDatabaseBlipAfterTheServerAcceptedAMessageIsRecordedWithoutSendingItAgain() async throws {
        try await SMTPCaptureServer.with { server in
            try await NotifierFixtures.withDatabase("notifier_blip") { pool, _ in
                let export = try await NotifierFixtures.successfulExport(
                    pool, recipients: [RecipientAddress(email: NotifierSMTPTests.address("blip-"))])
                // The first two attempts to record the delivery fail as a dropped connection would.
                try await pool.withConnection { connection in
                    try await connection.executeScript(
                        """
                        CREATE SEQUENCE test_blips;
                        CREATE FUNCTION test_blip() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN
                            IF NEW.state = 'sent' AND nextval('test_blips') <= 2 THEN
                                RAISE EXCEPTION 'connection blip' USING ERRCODE = '08006';
                            END IF;
                            RETURN NEW;
                        END $$;
                        CREATE TRIGGER test_blip BEFORE UPDATE ON export.notifications
                            FOR EACH ROW EXECUTE FUNCTION test_blip();
                        """)
                }
                let run = try await NotifierFixtures.run(pool, NotifierSMTPTests.smtp(port: server.port))

                #expect(try await run.deliverPending() == DeliveryReport(sent: 1))
                let row = try #require(try await NotifierFixtures.rows(pool, exportID: export.id).first)
                #expect(row.state == "sent" && row.attempts == 1)
                #expect(try server.entries().count == 1)
            }
        }
    }

    @Test func theSupportBatchLeavesOutRowsWhoseNextAttemptIsLater() async throws {
        try await NotifierFixtures.withDatabase("notifier_support_due") { pool, _ in
            let due = try await Self.supportRow(pool)
            let later = try await Self.supportRow(pool)
            try await pool.execute(
                "UPDATE export.notifications SET next_attempt_at = now() + interval '1 hour' WHERE _id = $1", [later])
            let delivery = NotificationDelivery(pool: pool, worker: "notifier-a", claimTimeoutSeconds: 300)

            #expect(try await delivery.claimSupportBatch(intervalSeconds: 0).map(\.id) == [due])
        }
    }

    @Test func anInterruptedSupportBatchIsSentAgainAloneWithTheSameMessageID() async throws {
        try await NotifierFixtures.withDatabase("notifier_support_again") { pool, _ in
            let first = try await Self.supportRow(pool)
            let second = try await Self.supportRow(pool)
            let delivery = NotificationDelivery(pool: pool, worker: "notifier-dead", claimTimeoutSeconds: 300)
            let interrupted = try await delivery.claimSupportBatch(intervalSeconds: 0)
            let domain = "covoiturage.beta.gouv.fr"
            // The notifier died after the SMTP server accepted the batch; a new failure arrives.
            try await pool.execute("UPDATE export.notifications SET locked_at = now() - interval '1 hour'")
            let newcomer = try await Self.supportRow(pool)

            let again = try await NotificationDelivery(pool: pool, worker: "notifier-b", claimTimeoutSeconds: 300)
                .claimSupportBatch(intervalSeconds: 0)

            #expect(again.map(\.id) == [first, second])
            #expect(
                MessageIDs.forSupportBatch(again, domain: domain)
                    == MessageIDs.forSupportBatch(interrupted, domain: domain))
            #expect(
                try await NotifierFixtures.rows(pool, exportID: try Self.exportID(pool, newcomer)).first?.state
                    == "pending")
        }
    }

    /// A failed export's support row, due now; returns the row's id.
    private static func supportRow(_ pool: PostgresPool) async throws -> Int64 {
        let export = try await NotifierFixtures.failedExport(pool, recipients: [])
        return try await pool.query(
            "SELECT _id FROM export.notifications WHERE export_id = $1 AND kind = 'support'", [export.id]
        )[0].decode(Int64.self, at: 0)
    }

    /// The export of the outbox row `id`.
    private static func exportID(_ pool: PostgresPool, _ id: Int64) async throws -> Int64 {
        try await pool.query("SELECT export_id FROM export.notifications WHERE _id = $1", [id])[0]
            .decode(Int64.self, at: 0)
    }
}
