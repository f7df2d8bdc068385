public import ExportModels
public import Foundation

/// What one trip export asks for.
public struct TripExportRequest: Sendable {
    /// `operator`, `territory` or `registry`.
    public var type: ExportType
    /// Period, time zone, operators and perimeter.
    public var params: ExportParams
    /// XLSX or CSV.
    public var format: ExportFormat
    /// The export's public id (its first 8 characters end the file name).
    public var uuid: UUID
    /// When the file is built (written in the file).
    public var generatedAt: Date
    /// When the file stops being downloadable (written in the file).
    public var expiresAt: Date

    /// Creates a request.
    public init(
        type: ExportType, params: ExportParams, format: ExportFormat, uuid: UUID, generatedAt: Date, expiresAt: Date
    ) {
        self.type = type
        self.params = params
        self.format = format
        self.uuid = uuid
        self.generatedAt = generatedAt
        self.expiresAt = expiresAt
    }
}

/// How files are built, read once at start.
public struct TripFileSettings: Sendable {
    /// The columns per export type (`EXPORT_FIELDS_FILE`).
    public var fields: FieldConfiguration
    /// The campaigns' booster days (`CAMPAIGNS_DIR`).
    public var campaigns: CampaignCalendar
    /// Scratch space (`WORK_DIR`).
    public var workDirectory: String
    /// Data rows per XLSX sheet (`XLSX_SHEET_MAX_ROWS`).
    public var sheetMaxRows: Int
    /// zlib level of the XLSX parts and of the CSV in the ZIP (`XLSX_DEFLATE_LEVEL`).
    public var deflateLevel: Int
    /// Bytes formatted before a chunk goes to compression.
    public var chunkBytes: Int

    /// Creates settings; the defaults are those of docs/configuration.md §2.
    public init(
        fields: FieldConfiguration, campaigns: CampaignCalendar, workDirectory: String = NSTemporaryDirectory(),
        sheetMaxRows: Int = 1_048_575, deflateLevel: Int = 1, chunkBytes: Int = 1 << 20
    ) {
        self.fields = fields
        self.campaigns = campaigns
        self.workDirectory = workDirectory
        self.sheetMaxRows = sheetMaxRows
        self.deflateLevel = deflateLevel
        self.chunkBytes = chunkBytes
    }
}

/// A built export file, in a scratch folder of its own that `removeFiles()` deletes.
public struct TripExportFile: Sendable {
    /// The ZIP to upload.
    public var zipPath: String
    /// Its name (`rpc-export-…zip`), the last part of the object key.
    public var zipName: String
    /// Data rows written.
    public var rows: Int
    /// Data sheets of the XLSX (1 for a CSV).
    public var sheets: Int
    /// Size of the ZIP in bytes.
    public var fileSize: Int64
    /// Time spent building.
    public var duration: Duration
    /// Where that time went.
    public var phases: TripBuildPhases

    /// Deletes the ZIP and its scratch folder.
    public func removeFiles() {
        try? FileManager.default.removeItem(atPath: (zipPath as NSString).deletingLastPathComponent)
    }
}

/// How far a build is.
public struct TripExportProgress: Sendable, Equatable {
    /// Rows written so far.
    public var rowsWritten: Int
    /// Rows the count found.
    public var rowsTotal: Int

    /// The percentage done, 0–100.
    public var percent: Int {
        rowsTotal == 0 ? 100 : min(100, rowsWritten * 100 / rowsTotal)
    }
}
