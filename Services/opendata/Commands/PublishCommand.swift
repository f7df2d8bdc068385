import ArgumentParser
import ExportModels
import ExportRuntime
import Foundation

/// `export-opendata opendata:publish [--month YYYY-MM] [--force]`.
struct PublishCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opendata:publish",
        abstract:
            "Create the export of a month, wait for its build (progress shown), upload it; skip a month already published or being built."
    )

    @OptionGroup var month: MonthOption
    @Flag(help: "Publish again a month already published, wait for one being built, or create a month not yet ended.")
    var force = false
    @Flag(help: "Print the outcome as one JSON object, for scripts.") var json = false

    func run() async throws {
        let context = try ServiceContext.bootstrap(service: "export-opendata")
        let publisher = try OpendataServices.buildPublisher(context: context, report: Self.show)
        let outcome = try await context.closingPool { try await publisher.publish(month: month.month, force: force) }
        let report =
            switch outcome {
            case .published(let resourceID):
                CommandReport(outcome: "published", resourceID: resourceID, text: "published: resource \(resourceID)")
            case .nothingToPublish:
                CommandReport(outcome: "nothing_to_publish", text: "nothing to publish: no exposed trip")
            case .alreadyPublished:
                CommandReport(
                    outcome: "already_published", text: "skipped: already published (use --force to publish again)")
            case .inProgressElsewhere:
                CommandReport(
                    outcome: "in_progress_elsewhere", text: "skipped: being built or uploaded by another process")
            }
        try report.print(json: json)
    }

    /// Where the build's progress shows: redrawn on a terminal, plain lines otherwise.
    static let display = ProgressDisplay()

    /// Shows the build's status and progress on standard error.
    @Sendable static func show(_ record: ExportRecord) {
        display.show(
            "\(record.params.month ?? "") \(record.status.rawValue) \(record.progress) %",
            finished: record.status.isFinished)
    }
}
