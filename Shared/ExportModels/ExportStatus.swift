/// Where an export stands in its life (docs/queue.md §1). Each case is either unfinished
/// (`pending` or running) or finished; the moves between them are the table of docs/queue.md §2,
/// each made by one function of `ExportStore`.
package enum ExportStatus: String, Sendable, Codable, CaseIterable {
    /// Waiting for a builder.
    case pending
    /// A builder is reading rows and writing the file.
    case processing
    /// The file is being stored.
    case uploading
    /// The e-mails are being queued.
    case sending
    /// The file is ready to download.
    case success
    /// It failed for good.
    case error
    /// Cancelled on request.
    case canceled
    /// The file was deleted after its time or on request.
    case expired

    /// Statuses in which a builder holds the export.
    package static let running: [ExportStatus] = [.processing, .uploading, .sending]

    /// Statuses of an export waiting or running: what the pending limit counts (docs/validation.md
    /// §8), what a cancel accepts (docs/queue.md §8).
    package static let unfinished: [ExportStatus] = [.pending] + running

    /// Statuses in which nothing more will happen to the export by itself.
    package static let finished: [ExportStatus] = [.success, .error, .canceled, .expired]

    /// True once nothing more will happen to the export by itself.
    package var isFinished: Bool { Self.finished.contains(self) }
}
