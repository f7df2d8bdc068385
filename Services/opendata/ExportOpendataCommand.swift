import ArgumentParser
import ExportRuntime

/// `export-opendata`: the monthly anonymised open-data file, published to data.gouv.fr.
@main
struct ExportOpendataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-opendata",
        abstract: "Create, build and publish the monthly anonymised open-data file on data.gouv.fr.",
        subcommands: [RunCommand.self, CreateCommand.self, UploadCommand.self, PublishCommand.self, ProbeCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
