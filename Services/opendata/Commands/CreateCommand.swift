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

    func run() async throws {
        let context = try ServiceContext.bootstrap(service: "export-opendata")
        let creator = try OpendataComponents(context: context, actor: OpendataComponents.commandActor).creator()
        let creation = try await context.closingPool {
            try await creator.create(month: month.month, force: force)
        }
        switch creation {
        case .created(let record):
            print(record.uuid.uuidString.lowercased())
        case .alreadyExists(let record):
            FileHandle.standardError.write(
                Data("already exists: \(record.uuid.uuidString.lowercased()) (\(record.status.rawValue))\n".utf8))
            print(record.uuid.uuidString.lowercased())
        }
    }
}
