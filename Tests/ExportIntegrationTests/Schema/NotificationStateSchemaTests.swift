import ExportPostgres
import ExportSchema
import ExportStore
import Testing

/// The schema and the enums agree on the outbox (docs/notifier.md §2): a state or a kind added to
/// `NotificationState` or `NotificationKind` without its migration, or a partial index whose state
/// differs from the statements', fails here.
@Suite struct NotificationStateSchemaTests {
    @Test func checksAcceptExactlyTheEnumsValues() async throws {
        try await TestDatabase.with("notification_checks") { pool, _ in
            try await SchemaMigrator(pool: pool, logger: .quiet).migrate([.export])
            let rows = try await pool.query(
                """
                SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = 'export.notifications'::regclass AND contype = 'c'
                """)
            let checks = try Dictionary(uniqueKeysWithValues: rows.map { try $0.decode((String, String).self) })
            #expect(
                Self.literals(in: try #require(checks["notifications_state_check"])).sorted()
                    == NotificationState.allCases.map(\.rawValue).sorted())
            let kinds = try #require(checks["notifications_kind_check"])
            #expect(Self.literals(in: kinds).sorted() == NotificationKind.allCases.map(\.rawValue).sorted())
        }
    }

    @Test func partialIndexesNameTheStatesOfTheStatements() async throws {
        try await TestDatabase.with("notification_indexes") { pool, _ in
            try await SchemaMigrator(pool: pool, logger: .quiet).migrate([.export])
            for (index, state) in [
                ("notifications_pending_idx", NotificationState.pending), ("notifications_sending_idx", .sending),
            ] {
                let rows = try await pool.query(
                    """
                    SELECT pg_get_expr(i.indpred, i.indrelid) FROM pg_index i
                    JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = $1
                    """, [index])
                let predicate = try #require(rows.first, "\(index) is missing").decode(
                    String.self, named: "pg_get_expr")
                #expect(Self.literals(in: predicate) == [state.rawValue], "\(index): \(predicate)")
            }
        }
    }

    /// The quoted literals of an SQL expression as PostgreSQL prints it back, in order.
    private static func literals(in expression: String) -> [String] {
        expression.split(separator: "'", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }
}
