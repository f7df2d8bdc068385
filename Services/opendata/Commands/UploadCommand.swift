import ArgumentParser
import ExportModels
import ExportRuntime
import ExportStore

/// `export-opendata opendata:upload [--month YYYY-MM]`.
struct UploadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opendata:upload", abstract: "Publish the built file of a month to data.gouv.fr.")

    @OptionGroup var month: MonthOption
    @Flag(help: "Print the outcome as one JSON object, for scripts.") var json = false

    func run() async throws {
        let context = try ServiceContext.bootstrap(service: "export-opendata")
        let uploader = try OpendataServices.buildUploader(context: context)
        let outcome = try await context.closingPool { try await uploader.upload(month: month.month) }
        let report =
            switch outcome {
            case .published(let resourceID, let checksum):
                CommandReport(
                    outcome: "published", resourceID: resourceID, checksum: checksum,
                    text: "published: resource \(resourceID), sha1 \(checksum)")
            case .nothingToPublish:
                CommandReport(outcome: "nothing_to_publish", text: "nothing to publish: no exposed trip")
            }
        try report.print(json: json)
    }
}
