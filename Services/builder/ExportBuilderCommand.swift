import ArgumentParser
import ExportRuntime

/// `export-builder`: claims pending exports and builds their files.
@main
struct ExportBuilderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-builder",
        abstract: "Build the files of pending exports (XLSX or CSV), zip and store them.",
        subcommands: [RunCommand.self, ProcessCommand.self, ProbeCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
