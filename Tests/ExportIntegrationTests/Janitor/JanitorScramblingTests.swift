import ExportModels
import ExportPostgres
import ExportStore
import Foundation
import Testing

@testable import ExportJanitor

/// The scrambling step: once an export has been finished for `EXPORT_TTL_DAYS`, its recipients'
/// addresses are nowhere in the database, nor in the janitor's log output.
@Suite struct JanitorScramblingTests {
    /// Addresses no other test uses, searched for in the database dump and the logs.
    let canaries = (0..<2).map { "canary-\($0)-\(UUID().uuidString.prefix(8).lowercased())@example.org" }
    /// The address of an export still within its TTL, which must stay.
    let keptAddress = "kept-\(UUID().uuidString.prefix(8).lowercased())@example.org"

    @Test func leavesNoTraceOfScrambledAddressesInTheDatabaseOrTheLogs() async throws {
        try await JanitorFixtures.withDatabase("janitor_scramble") { pool, database in
            let storage = try await JanitorFixtures.makeStorage()
            let old = try await JanitorFixtures.createFinishedExport(
                pool, status: .error, finishedDaysAgo: 8, recipients: canaries.map { RecipientAddress(email: $0) },
                withFile: false)
            try await quoteAddressesElsewhere(of: old, pool: pool)
            let recent = try await JanitorFixtures.createFinishedExport(
                pool, finishedDaysAgo: 1, recipients: [RecipientAddress(email: keptAddress)])
            let capture = JanitorLogCapture()

            let report = try await JanitorFixtures.makePass(pool: pool, storage: storage, logger: capture.logger())
                .run()

            #expect(report.exportsScrambled == 1 && report.recipientsScrambled == canaries.count)
            #expect(try await JanitorFixtures.logCount(pool, old, .scrambled) == 1)
            let emails = try await pool.query(
                "SELECT email FROM export.recipients WHERE export_id = $1 AND scrambled_at IS NOT NULL", [old.id]
            ).map { try $0.decode(String.self, at: 0) }
            #expect(emails.count == canaries.count && emails.allSatisfy { $0.hasSuffix("@scrambled.invalid") })
            let dump = try await dataDump(of: database)
            #expect(dump.contains(keptAddress))
            for canary in canaries {
                #expect(!dump.lowercased().contains(canary))
                #expect(!capture.output.lowercased().contains(canary))
            }
            #expect(capture.output.contains(old.uuid.uuidString.lowercased()))
            #expect(try await JanitorFixtures.status(pool, recent) == "success")
        }
    }

    /// Copies the recipients' addresses where delivery and failures quote them: outbox payloads
    /// and errors (one in capitals), a log message and the export's error.
    private func quoteAddressesElsewhere(of export: ExportRecord, pool: PostgresPool) async throws {
        try await pool.execute(
            """
            INSERT INTO export.notifications (export_id, recipient_id, kind, payload, last_error)
            SELECT export_id, _id, 'failure', jsonb_build_object('to', email, 'sender', 'Alice'),
                   '550 mailbox <' || upper(email) || '> unavailable'
            FROM export.recipients WHERE export_id = $1
            """, [export.id])
        try await pool.execute(
            """
            INSERT INTO export.logs (export_id, type, message, actor)
            SELECT export_id, 'sent', 'sent to ' || email, 'tests' FROM export.recipients WHERE export_id = $1
            """, [export.id])
        try await pool.execute(
            "UPDATE export.exports SET error = jsonb_build_object('message', 'bounce from ' || $2::text) WHERE _id = $1",
            [export.id, canaries[0]])
    }

    /// `pg_dump --data-only` of the test database.
    private func dataDump(of database: TestDatabase) async throws -> String {
        let dump = try await CommandRun.succeeding(
            program: "/usr/lib/postgresql/15/bin/pg_dump", ["--data-only", "--dbname=\(database.url)"])
        return String(decoding: dump.outputData, as: UTF8.self)
    }
}
