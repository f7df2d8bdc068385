package import Foundation

/// A successful export whose time is up, just moved to `expired`.
package struct ExpiredExport: Sendable, Equatable {
    /// Row id.
    package let id: Int64
    /// Public identifier, for logs.
    package let uuid: UUID
    /// The stored file to delete, if the export had one.
    package let fileKey: String?
}
