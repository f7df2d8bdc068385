import ExportPostgres
import ExportSchema
import Testing

/// Migrations: applied once, in order, recorded, idempotent, safe concurrently.
@Suite struct SchemaMigratorTests {
    @Test func appliesEverythingOnceEvenFromSeveralProcessesAtOnce() async throws {
        try await TestDatabase.with("schema_concurrent", poolSize: 8) { pool, _ in
            let expected = try Migration.bundled(.export).count + Migration.bundled(.upstream).count
            let applied = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        let migrator = SchemaMigrator(pool: pool, logger: .quiet)
                        return try await migrator.migrate([.export, .upstream]).count
                    }
                }
                return try await group.reduce(0, +)
            }
            #expect(applied == expected)
            let again = try await SchemaMigrator(pool: pool, logger: .quiet).migrate([.export, .upstream])
            #expect(again.isEmpty)
            let recorded = try await pool.query("SELECT count(*)::int FROM export.schema_migrations")
            #expect(try recorded[0].decode(Int.self, at: 0) == expected)
            #expect(try await SchemaMigrator(pool: pool, logger: .quiet).pending([.export, .upstream]).isEmpty)
        }
    }

    @Test func createsTheTablesTheContractNames() async throws {
        try await TestDatabase.with("schema_tables") { pool, _ in
            try await SchemaMigrator(pool: pool, logger: .quiet).migrate([.export, .upstream])
            let names = [
                "export.exports", "export.recipients", "export.logs", "carpool_v2.carpools", "carpool_v2.status",
                "carpool_v2.geo", "carpool_v2.operator_incentives", "policy.policies", "policy.incentives",
                "geo.perimeters", "operator.operators", "company.companies", "territory.territory_group",
                "territory.territory_group_selector", "cee.cee_applications",
            ]
            for name in names {
                let row = try await pool.query("SELECT to_regclass($1) IS NOT NULL", [name])
                #expect(try row[0].decode(Bool.self, at: 0), "\(name) is missing")
            }
        }
    }

    @Test func reportsPendingMigrationsOnAnEmptyDatabase() async throws {
        try await TestDatabase.with("schema_pending") { pool, _ in
            let pending = try await SchemaMigrator(pool: pool, logger: .quiet).pending([.export])
            #expect(pending.count == (try Migration.bundled(.export).count))
            #expect(pending.first?.version == "0001")
        }
    }

    @Test func refusesAMigrationChangedAfterItWasApplied() async throws {
        try await TestDatabase.with("schema_changed") { pool, _ in
            try await SchemaMigrator(pool: pool, logger: .quiet).migrate([.export])
            try await pool.execute("UPDATE export.schema_migrations SET checksum = 'edited' WHERE version = '0001'")
            await #expect(throws: MigrationError.self) {
                try await SchemaMigrator(pool: pool, logger: .quiet).migrate([.export])
            }
        }
    }
}
