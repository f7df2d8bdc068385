import ExportModels
import Foundation

/// An export as every endpoint returns it (docs/api.md §5).
struct ExportResource: Codable, Equatable, Sendable {
    /// The paths of the export and of its file.
    struct Links: Codable, Equatable, Sendable {
        var `self`: String
        var download: String
    }

    /// A recipient shown to the export's owner and admins.
    struct Recipient: Codable, Equatable, Sendable {
        var email: String
        var fullname: String
    }

    var uuid: String
    var type: ExportType
    var status: ExportStatus
    var progress: Int
    var format: ExportFormat
    var createdBy: String
    var createdAt: Date
    var updatedAt: Date
    var params: ExportParams
    var recipients: [Recipient]?
    var stats: JSONValue?
    var error: JSONValue?
    var expiresAt: Date?
    var links: Links

    enum CodingKeys: String, CodingKey {
        case uuid, type, status, progress, format
        case createdBy = "created_by"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case params, recipients, stats, error
        case expiresAt = "expires_at"
        case links
    }

    /// The resource of `record`; `recipients` nil leaves them out (not the caller's to see).
    init(_ record: ExportRecord, recipients: [RecipientAddress]?) {
        let path = "/v1/exports/\(record.uuid.uuidString.lowercased())"
        uuid = record.uuid.uuidString.lowercased()
        type = record.type
        status = record.status
        progress = record.progress
        format = record.format
        createdBy = record.createdBy
        createdAt = record.createdAt
        updatedAt = record.updatedAt
        params = record.params
        self.recipients = recipients?.map { Recipient(email: $0.email, fullname: $0.fullname) }
        stats = JSONValue.parse(record.statsJSON)
        error = JSONValue.parse(record.errorJSON)
        expiresAt = record.expiresAt
        links = Links(self: path, download: "\(path)/download")
    }

    /// Encodes every key, `null` included, so that clients always find the same fields.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(uuid, forKey: .uuid)
        try container.encode(type, forKey: .type)
        try container.encode(status, forKey: .status)
        try container.encode(progress, forKey: .progress)
        try container.encode(format, forKey: .format)
        try container.encode(createdBy, forKey: .createdBy)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encode(params, forKey: .params)
        try container.encode(recipients ?? [], forKey: .recipients)
        try container.encode(stats, forKey: .stats)
        try container.encode(error, forKey: .error)
        try container.encode(expiresAt, forKey: .expiresAt)
        try container.encode(links, forKey: .links)
    }
}
