import ArgumentParser
import ExportBuildInfo
import ExportRuntime

/// `export-builder`: claims pending exports and builds their files.
struct ExportBuilderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-builder",
        abstract: "Build the files of pending exports (XLSX or CSV), zip and store them.",
        version: BuildVersion.text("export-builder"),
        subcommands: [RunCommand.self, ProcessCommand.self, ProbeCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
