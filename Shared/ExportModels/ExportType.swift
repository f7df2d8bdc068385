/// The kind of an export, which fixes who may order it and which columns its file has.
public enum ExportType: String, Sendable, Codable, CaseIterable {
    /// Ordered by a carpool operator: its own trips only, 64 columns.
    case `operator`
    /// Ordered by a local authority: trips starting or ending in its perimeter, 65 columns.
    case territory
    /// Ordered by the registry's staff: any trips, 65 columns.
    case registry
    /// The monthly anonymised open-data file, created only by `export-opendata`.
    case opendata
}

/// Where an export stands in its life.
public enum ExportStatus: String, Sendable, Codable, CaseIterable {
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
    public static let running: [ExportStatus] = [.processing, .uploading, .sending]

    /// True once nothing more will happen to the export by itself.
    public var isFinished: Bool { [.success, .error, .canceled, .expired].contains(self) }
}
