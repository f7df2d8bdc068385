import ArgumentParser
import ExportRuntime
import ExportSchema

/// `export-api migrate`: applies pending migrations; idempotent and safe from several hosts.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply pending SQL migrations of the export schema (idempotent, safe to run concurrently)."
    )

    @Flag(name: .customLong("with-upstream"), help: "Also create the upstream schemas (development, tests, demo).")
    var withUpstream = false

    func run() async throws {
        let context = try ServiceContext.bootstrap(service: "export-api")
        let migrator = SchemaMigrator(pool: context.pool, logger: context.logger)
        let applied = try await context.closingPool {
            try await migrator.migrate(withUpstream ? [.export, .upstream] : [.export])
        }
        print(applied.isEmpty ? "Nothing to apply." : "Applied: \(applied.map(\.name).joined(separator: ", ")).")
    }
}
