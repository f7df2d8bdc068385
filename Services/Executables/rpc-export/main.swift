import ExportAPI
import ExportBuilder
import ExportJanitor
import ExportNotifier
import ExportOpendata
import Foundation

// `rpc-export`: the five services in one binary, for the container image, where `export-api`,
// `export-builder`, `export-notifier`, `export-janitor` and `export-opendata` are links to it
// (docs/deployment.md §1): it runs the service it is called by.
let calledAs = CommandLine.arguments.first?.split(separator: "/").last.map(String.init) ?? ""
switch calledAs {
case "export-api": await ExportAPIMain.run()
case "export-builder": await ExportBuilderMain.run()
case "export-notifier": await ExportNotifierMain.run()
case "export-janitor": await ExportJanitorMain.run()
case "export-opendata": await ExportOpendataMain.run()
default:
    FileHandle.standardError.write(
        Data(
            ("rpc-export: run it as export-api, export-builder, export-notifier, export-janitor or export-opendata"
                + " (a link of that name), not as \(calledAs)\n").utf8))
    exit(64)
}
