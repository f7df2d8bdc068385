import ExportModels
import ExportPostgres
import ExportSchema
import Foundation
import Testing

@testable import ExportStore

/// The store's select lists and the decoders that read them name the same columns: a column
/// added to one and not the other fails here, not in production.
@Suite(.migratedDatabase(.export))
struct StoreRowDecodingTests {
    @Test func theExportDecoderReadsEveryColumnOfTheListAndNothingElse() async throws {
        try await QueueFixtures.withQueueDatabase("store_export_row") { pool in
            let export = try await QueueFixtures.createExport(pool)
            let row = try #require(try await pool.query("SELECT \(ExportColumns.list) FROM export.exports e").first)
            #expect(try ExportRecord(row: row) == export)
            try await Self.expectEachColumnRead(ExportColumns.expressions, pool: pool) { expressions in
                "SELECT \(expressions) FROM export.exports e"
            } decode: {
                _ = try ExportRecord(row: $0)
            }
        }
    }

    @Test func theClaimedNotificationDecoderReadsEveryColumnOfItsList() async throws {
        try await QueueFixtures.withQueueDatabase("store_notification_row") { pool in
            let export = try await QueueFixtures.createExport(pool)
            try await pool.execute(
                """
                INSERT INTO export.notifications (export_id, recipient_id, kind)
                SELECT export_id, _id, 'success' FROM export.recipients WHERE export_id = $1 ORDER BY _id LIMIT 1
                """, [export.id])
            let from = """
                FROM export.notifications c JOIN export.exports e ON e._id = c.export_id
                LEFT JOIN export.recipients r ON r._id = c.recipient_id
                """
            let row = try #require(
                try await pool.query(
                    "SELECT \(ExportColumns.list), \(NotificationDelivery.notificationColumns) \(from)"
                ).first)
            let notification = try NotificationDelivery.decode(row)
            #expect(notification.export == export)
            #expect(
                notification.kind == .success && notification.recipient?.address.email == "jeanne.martin@example.org")
            try await Self.expectEachColumnRead(NotificationDelivery.notificationExpressions, pool: pool) {
                "SELECT \(ExportColumns.list), \($0) \(from)"
            } decode: {
                _ = try NotificationDelivery.decode($0)
            }
        }
    }

    /// Selects `expressions` less one, for each of them in turn, and expects `decode` to fail
    /// naming the column left out: every column of the list is read by the decoder.
    private static func expectEachColumnRead(
        _ expressions: [String], pool: PostgresPool, sql: (String) -> String,
        decode: (PostgresRow) throws -> Void
    ) async throws {
        for (index, expression) in expressions.enumerated() {
            var others = expressions
            others.remove(at: index)
            let row = try #require(try await pool.query(sql(others.joined(separator: ", "))).first)
            let name = columnName(of: expression)
            let error = try #require(throws: PostgresError.self, "\(name) is selected but not read") {
                try decode(row)
            }
            #expect(error.message.hasPrefix("no column named \(name) "), "\(error.message)")
        }
    }

    /// The name PostgreSQL gives the column of `expression`: its alias, else the column itself.
    private static func columnName(of expression: String) -> String {
        if let alias = expression.range(of: " AS ") { return String(expression[alias.upperBound...]) }
        let column = expression.split(separator: ".").last ?? Substring(expression)
        return String(column.split(separator: ":").first ?? column)
    }
}
