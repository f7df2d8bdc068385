import ArgumentParser
import ExportModels

/// The `--type` of `export:create`: the types an admin orders (open data is ordered by
/// `export-opendata`, docs/opendata.md §6).
enum OrderedType: String, CaseIterable, ExpressibleByArgument {
    case `operator`, territory, registry
}
