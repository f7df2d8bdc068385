import Configuration
import ExportModels
import ExportPostgres
import ExportSchema
import ExportStore
import Foundation
import Logging

@testable import ExportNotifier

/// Exports with outbox rows in the states the notifier delivers, and delivery runs configured
/// as a test needs them.
enum NotifierFixtures {
    /// The secret every notifier of these tests signs with.
    static let secret = "notifier-test-secret-0123456789-abcdefghij"

    /// Runs `body` on a fresh migrated database.
    static func withDatabase(_ prefix: String, _ body: (PostgresPool, TestDatabase) async throws -> Void) async throws {
        try await TestDatabase.with(prefix) { pool, database in
            try await SchemaMigrator(pool: pool, logger: .quiet).migrate([.export])
            try await body(pool, database)
        }
    }

    /// A delivery run over `pool` with `settings` (variable names of docs/configuration.md §2) on top of the
    /// test's secret and a public URL.
    static func run(_ pool: PostgresPool, _ settings: [String: String]) async throws -> DeliveryRun {
        let values = ["DOWNLOAD_TOKEN_SECRET": secret, "PUBLIC_URL": "https://export.example.test"].merging(settings) {
            $1
        }
        let provider = InMemoryProvider(
            values: Dictionary(
                uniqueKeysWithValues: values.map { name, value in
                    (
                        AbsoluteConfigKey(name.lowercased().split(separator: "_").map(String.init)),
                        ConfigValue(stringLiteral: value)
                    )
                }))
        let reader = ConfigReader(provider: provider)
        return try await NotifierServices.buildDeliveryRun(
            settings: try NotifierSettings(reader: reader), reader: reader, pool: pool, logger: .quiet)
    }

    /// A finished registry export of January 2025 (12 345 rows, 3.2 MB) with `recipients` and their
    /// `success` rows in the outbox.
    static func successfulExport(_ pool: PostgresPool, recipients: [RecipientAddress]) async throws -> ExportRecord {
        let export = try await create(pool, recipients: recipients)
        try await pool.execute(
            """
            UPDATE export.exports SET status = 'success', finished_at = now(), expires_at = now() + interval '7 days',
                stats = '{"rows": 12345, "sheets": 1, "file_size": 3245678}'::jsonb, file_key = 'exports/x.zip'
            WHERE _id = $1
            """, [export.id])
        try await queue(pool, exportID: export.id, kind: "success")
        return try await ExportRepository(pool: pool).find(export.uuid)!
    }

    /// An export that failed for good, with its recipients' `failure` rows and a support row.
    static func failedExport(_ pool: PostgresPool, recipients: [RecipientAddress]) async throws -> ExportRecord {
        let export = try await create(pool, recipients: recipients)
        try await pool.execute(
            """
            UPDATE export.exports SET status = 'error', finished_at = now(), attempts = 3,
                error = '{"message": "lecture interrompue", "phase": "rows", "attempt": 3}'::jsonb
            WHERE _id = $1
            """, [export.id])
        try await queue(pool, exportID: export.id, kind: "failure")
        try await pool.execute(
            "INSERT INTO export.notifications (export_id, recipient_id, kind) VALUES ($1, NULL, 'support')", [export.id]
        )
        return try await ExportRepository(pool: pool).find(export.uuid)!
    }

    /// The outbox rows of `exportID`: id, state, attempts, last error and Message-ID, by id.
    static func rows(_ pool: PostgresPool, exportID: Int64) async throws -> [OutboxRow] {
        try await pool.query(
            """
            SELECT _id, kind, state, attempts, last_error, message_id FROM export.notifications
            WHERE export_id = $1 ORDER BY _id
            """, [exportID]
        ).map {
            OutboxRow(
                id: try $0.decode(Int64.self, at: 0), kind: try $0.decode(String.self, at: 1),
                state: try $0.decode(String.self, at: 2), attempts: try $0.decode(Int.self, at: 3),
                lastError: try $0.decode(String?.self, at: 4), messageID: try $0.decode(String?.self, at: 5))
        }
    }

    /// Makes every waiting row due now, as if its backoff had passed.
    static func makeEverythingDue(_ pool: PostgresPool) async throws {
        try await pool.execute("UPDATE export.notifications SET next_attempt_at = now() WHERE state = 'pending'")
    }

    /// The audit log types of `exportID`, in order.
    static func logTypes(_ pool: PostgresPool, exportID: Int64) async throws -> [String] {
        try await ExportRepository(pool: pool).logs(of: exportID).map(\.type.rawValue)
    }

    private static func create(_ pool: PostgresPool, recipients: [RecipientAddress]) async throws -> ExportRecord {
        let params = ExportParams(
            startAt: Date(timeIntervalSince1970: 1_735_686_000), endAt: Date(timeIntervalSince1970: 1_738_364_400))
        return try await ExportRepository(pool: pool).create(
            NewExport(type: .registry, format: .xlsx, createdBy: "42", params: params, recipients: recipients),
            actor: "42")
    }

    private static func queue(_ pool: PostgresPool, exportID: Int64, kind: String) async throws {
        try await pool.execute(
            """
            INSERT INTO export.notifications (export_id, recipient_id, kind)
            SELECT $1, _id, $2 FROM export.recipients WHERE export_id = $1 ORDER BY _id
            """, [exportID, kind])
    }
}

/// One outbox row as the tests check it.
struct OutboxRow: Equatable {
    var id: Int64
    var kind: String
    var state: String
    var attempts: Int
    var lastError: String?
    var messageID: String?
}

/// Reads the messages of one type of an export's audit log.
enum ExportStoreLogs {
    static func messages(_ pool: PostgresPool, exportID: Int64, type: String) async throws -> [String] {
        try await pool.query("SELECT message FROM export.logs WHERE export_id = $1 AND type = $2", [exportID, type])
            .map { try $0.decode(String.self, at: 0) }
    }
}
