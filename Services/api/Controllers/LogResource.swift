import ExportLogging
import ExportModels
import ExportNotifierClient
import ExportRuntime
import ExportStorage
import ExportStore
import Foundation
import Hummingbird
import Logging

/// One audit row as `/logs` returns it.
struct LogResource: Codable, Equatable {
    var createdAt: Date
    var type: String
    var message: String
    var actor: String?

    enum CodingKeys: String, CodingKey {
        case createdAt = "created_at"
        case type, message, actor
    }

    init(_ entry: ExportLogEntry) {
        createdAt = entry.createdAt
        type = entry.type.rawValue
        message = entry.message
        actor = entry.actor
    }
}
