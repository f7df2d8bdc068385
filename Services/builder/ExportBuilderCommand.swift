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

/// The entry point of `export-builder`: its executable's `main.swift` and the multi-call `rpc-export`
/// call it.
package enum ExportBuilderMain {
    /// Limits glibc's arenas before any other thread runs, then parses the process's arguments
    /// and runs the command they name.
    package static func run() async {
        MallocArenas.limit()
        await ExportBuilderCommand.main()
    }
}
