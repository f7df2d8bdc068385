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

    func run() async throws {
        let context = try ServiceContext.bootstrap(service: "export-opendata")
        let publisher = try OpendataComponents(context: context, actor: OpendataComponents.commandActor)
            .publisher(report: Self.show)
        let outcome = try await context.closingPool { try await publisher.publish(month: month.month, force: force) }
        switch outcome {
        case .published(let resourceID): print("published: resource \(resourceID)")
        case .nothingToPublish: print("nothing to publish: no exposed trip")
        case .alreadyPublished: print("skipped: already published (use --force to publish again)")
        case .inProgressElsewhere: print("skipped: being built or uploaded by another process")
        }
    }

    /// Redraws the build's status and progress on standard error.
    @Sendable static func show(_ record: ExportRecord) {
        let line = "\r\(record.params.month ?? "") \(record.status.rawValue) \(record.progress) %"
        FileHandle.standardError.write(Data((line + (record.status.isFinished ? "\n" : "")).utf8))
    }
}
