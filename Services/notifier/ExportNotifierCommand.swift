import ArgumentParser
import ExportBuildInfo
import ExportRuntime

/// `export-notifier`: delivers the e-mails of the notification outbox.
struct ExportNotifierCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-notifier",
        abstract: "Render and deliver the e-mails of the notification outbox.",
        version: BuildVersion.text("export-notifier"),
        subcommands: [ServeCommand.self, DeliverCommand.self, ProbeCommand.self],
        defaultSubcommand: ServeCommand.self
    )
}

/// The entry point of `export-notifier`: its executable's `main.swift` and the multi-call `rpc-export`
/// call it.
package enum ExportNotifierMain {
    /// Parses the process's arguments and runs the command they name.
    package static func run() async { await ExportNotifierCommand.main() }
}
