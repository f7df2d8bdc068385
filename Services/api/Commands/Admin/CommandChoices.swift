import ArgumentParser
import ExportModels

// The options with a fixed set of values (docs/commands.md §2): declared as such, `--help` lists
// the values and a misspelt one is refused with the list, before anything runs.

extension ExportFormat: ExpressibleByArgument {}

extension ExportStatus: ExpressibleByArgument {}

extension Role: ExpressibleByArgument {}
