import ArgumentParser

/// `export-bench`: measurements of the export's hot paths, printed as plain figures.
@main
struct ExportBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-bench",
        abstract: "Benchmarks of rpc-export (run them through `make bench`).",
        subcommands: [PostgresReadBenchmark.self, TripCopyStatement.self],
        defaultSubcommand: PostgresReadBenchmark.self
    )
}
