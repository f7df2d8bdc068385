import ArgumentParser
import ExportRuntime

/// `export-opendata`: the monthly anonymised open-data file, published to data.gouv.fr.
@main
struct ExportOpendataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-opendata",
        abstract: "Create, build and publish the monthly anonymised open-data file on data.gouv.fr.",
        subcommands: [RunCommand.self, ProbeCommand.self],
        defaultSubcommand: RunCommand.self
    )
}

/// `export-opendata run`: the long-running form.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Long-running publisher with /health, /ready and /metrics on HEALTH_PORT (8084).")

    func run() async throws {
        let context = try ServiceContext.bootstrap(service: "export-opendata")
        try await WorkerProcess.run(context: context, defaultHealthPort: 8084, services: [])
    }
}
