import ExportModels
import Foundation

/// Whether an export's file can be served or sent (docs/api.md §6): only in `success`; 410
/// once canceled or expired (or past its expiry instant), 409 in every other status.
enum DownloadAvailability {
    /// Throws the 409 or 410 of `record`'s status, or returns when the file is available.
    static func check(_ record: ExportRecord, now: Date = Date()) throws {
        switch record.status {
        case .success where (record.expiresAt.map { $0 > now } ?? true) && record.fileKey != nil: return
        case .success, .canceled, .expired: throw APIError.gone("l'export n'est plus disponible")
        default: throw APIError.conflict("l'export n'est pas prêt (statut \(record.status.rawValue))")
        }
    }
}
