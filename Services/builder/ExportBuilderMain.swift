import ArgumentParser
import ExportBuildInfo
import ExportRuntime

/// The entry point of `export-builder`: its executable's `main.swift` and the multi-call `rpc-export`
/// call it.
package enum ExportBuilderMain {
    /// Limits glibc's arenas before any other thread runs (docs/benchmarks.md §2), then parses
    /// the process's arguments and runs the command they name.
    package static func run() async {
        MallocArenas.limit()
        await ExportBuilderCommand.main()
    }
}
