import ExportModels
import ExportPostgres
import ExportSchema
import ExportStore
import Testing

/// The schema and the enum agree on the statuses (docs/queue.md §1): a status added to
/// `ExportStatus` without its migration, or a partial index whose statuses differ from the sets
/// the statements use, fails here.
@Suite struct ExportStatusSchemaTests {
    @Test func statusCheckAcceptsExactlyTheEnumsStatuses() async throws {
        try await Self.withSchema("status_check") { pool in
            let rows = try await pool.query(
                """
                SELECT pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = 'export.exports'::regclass AND conname = 'exports_status_check'
                """)
            let definition = try #require(rows.first).decode(String.self, at: 0)
            #expect(Self.literals(in: definition) == ExportStatus.allCases.map(\.rawValue))
        }
    }

    @Test func partialIndexesNameTheStatusSetsOfTheStatements() async throws {
        try await Self.withSchema("status_indexes") { pool in
            let expected: [String: [ExportStatus]] = [
                "exports_queue_idx": [.pending],
                "exports_running_idx": ExportStatus.running,
                "exports_expiry_idx": [.success],
                "exports_finished_idx": ExportStatus.finished,
                "exports_unfinished_by_creator_idx": ExportStatus.unfinished,
                "exports_opendata_month_key": OpendataExports.retired,
            ]
            for (index, statuses) in expected {
                let rows = try await pool.query(
                    """
                    SELECT pg_get_expr(i.indpred, i.indrelid) FROM pg_index i
                    JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = $1
                    """, [index])
                let predicate = try #require(rows.first, "\(index) is missing").decode(String.self, at: 0)
                let literals = Self.literals(in: predicate).filter { $0 != ExportType.opendata.rawValue }
                #expect(literals == statuses.map(\.rawValue), "\(index): \(predicate)")
            }
        }
    }

    /// Runs `body` on a fresh database with the export schema.
    private static func withSchema(_ prefix: String, _ body: (PostgresPool) async throws -> Void) async throws {
        try await TestDatabase.with(prefix) { pool, _ in
            try await SchemaMigrator(pool: pool, logger: .quiet).migrate([.export])
            try await body(pool)
        }
    }

    /// The quoted literals of an SQL expression as PostgreSQL prints it back, in order:
    /// `status = ANY (ARRAY['pending'::text, 'processing'::text])` gives pending, processing.
    private static func literals(in expression: String) -> [String] {
        expression.split(separator: "'", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }
}
