import ArgumentParser
import ExportBuildInfo
import ExportRuntime

/// The entry point of `export-api`: its executable's `main.swift` and the multi-call `rpc-export`
/// call it.
package enum ExportAPIMain {
    /// Parses the process's arguments and runs the command they name.
    package static func run() async { await ExportAPICommand.main() }
}
