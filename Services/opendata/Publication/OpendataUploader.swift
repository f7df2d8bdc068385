import ExportConfiguration
import ExportCrypto
import ExportLogging
import ExportModels
import ExportOpendataFile
import ExportStorage
import ExportStore
import Foundation
import Logging
import Metrics
import NIOPosix

/// `opendata:upload`: publishes the built file of a month on data.gouv.fr (docs/opendata.md §7): the
/// file is fetched from storage, uploaded over the resource titled with its name or as a new
/// one, given its title and French description; then the resource id, URL and the file's SHA-1
/// are kept in the export's `stats` with `"published": true`, and a `published` log is written.
struct OpendataUploader: Sendable {
    /// What an upload did.
    enum Outcome: Sendable, Equatable {
        /// The file is on data.gouv.fr as this resource.
        case published(resourceID: String, checksum: String)
        /// The month has no exposed trip: nothing was uploaded.
        case nothingToPublish
    }

    let exports: OpendataExports
    let storage: any ObjectStorage
    let client: DatagouvClient
    let settings: OpendataSettings
    let actor: String
    let logger: Logger
    private let published = Counter(label: "opendata_published_total")

    /// Creates an uploader.
    init(
        exports: OpendataExports, storage: any ObjectStorage, client: DatagouvClient, settings: OpendataSettings,
        actor: String, logger: Logger
    ) {
        self.exports = exports
        self.storage = storage
        self.client = client
        self.settings = settings
        self.actor = actor
        self.logger = logger
    }

    /// Uploads the file of `month` (default: the latest ended month), which must be built.
    func upload(month text: String?, now: Date = Date()) async throws -> Outcome {
        let month = try ParisMonth.selected(text, maxEndDays: settings.maxEndDays, now: now)
        let record = try await exports.current(month: month)
        guard let record, record.status == .success else {
            throw OpendataCommandError.notBuilt(month, status: record?.status.rawValue)
        }
        return try await upload(record, month: month)
    }

    /// Uploads the file of the built export `record` of `month`.
    func upload(_ record: ExportRecord, month: ParisMonth) async throws -> Outcome {
        var stats = try OpendataStats.decode(record.statsJSON ?? "{}")
        guard stats.countExposed > 0 else {
            logger.info(
                "no exposed trip: nothing to publish",
                metadata: .fields([.exportUUID: record.uuid, .opendataMonth: month]))
            return .nothingToPublish
        }
        let folder = (settings.workDirectory as NSString)
            .appendingPathComponent("rpc-opendata-upload-\(month)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = (folder as NSString).appendingPathComponent(month.fileName)
        try await storage.download(key: record.fileKey ?? month.storageKey, toFileAt: path)
        let checksum = try await NIOThreadPool.singleton.runIfActive { try FileSHA1.hex(ofFileAt: path) }

        let existing = try await client.resources().first { $0.title == month.fileName }
        let uploaded = try await client.upload(path: path, fileName: month.fileName, over: existing?.id)
        let description = OpendataDescription.markdown(
            month: month, stats: stats, minOccurrences: settings.anonymity.minOccurrences)
        let resource = try await client.updateMetadata(
            resourceID: uploaded.id, title: month.fileName, description: description)

        stats.published = true
        stats.resourceID = uploaded.id
        stats.resourceURL = resource.url ?? uploaded.url
        stats.checksum = checksum
        try await exports.markPublished(record, stats: stats, actor: actor)
        published.increment()
        logger.info(
            "open-data file published",
            metadata: .fields([
                .exportUUID: record.uuid, .opendataMonth: month, .datagouvResource: uploaded.id,
                .datagouvReplaced: existing != nil, .sha1: checksum,
            ]))
        return .published(resourceID: uploaded.id, checksum: checksum)
    }
}
