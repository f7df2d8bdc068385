import ArgumentParser
import ExportModels
import ExportRuntime
import ExportStore
import Foundation

/// `export-opendata opendata:create [--month YYYY-MM] [--force]`.
struct CreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opendata:create",
        abstract: "Create the open-data export of a month for the builders (printed: its uuid).")

    @OptionGroup var month: MonthOption
    @Flag(help: "Create a month that has not ended EXPORT_MAX_END_DAYS days ago.")
    var force = false
    @Flag(help: "Print the outcome as one JSON object, for scripts.") var json = false

    func run() async throws {
        let context = try ServiceContext.bootstrap(service: "export-opendata")
        let creator = try OpendataServices.buildCreator(context: context)
        let creation = try await context.closingPool {
            try await creator.create(month: month.month, force: force)
        }
        switch creation {
        case .created(let record):
            let uuid = record.uuid.uuidString.lowercased()
            try CommandReport(outcome: "created", uuid: uuid, text: uuid).print(json: json)
        case .alreadyExists(let record):
            let uuid = record.uuid.uuidString.lowercased()
            if !json {
                FileHandle.standardError.write(Data("already exists: \(uuid) (\(record.status.rawValue))\n".utf8))
            }
            try CommandReport(outcome: "already_exists", uuid: uuid, status: record.status.rawValue, text: uuid)
                .print(json: json)
        }
    }
}
