import ExportModels
import ExportPostgres

/// A position in a listing of exports or of an export's logs: the creation instant
/// (microseconds since 1970) and key of the last row of a page. Its text form is opaque to
/// clients.
package struct ExportCursor: Sendable, Equatable {
    /// `created_at` of the last export shown, in microseconds since the Unix epoch.
    package var microseconds: Int64
    /// `_id` of the last export shown.
    package var id: Int64

    /// Creates a cursor.
    package init(microseconds: Int64, id: Int64) {
        self.microseconds = microseconds
        self.id = id
    }

    /// Reads the text form; nil when it is not one.
    package init?(text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let microseconds = Int64(parts[0]), let id = Int64(parts[1]), id > 0 else { return nil }
        self.init(microseconds: microseconds, id: id)
    }

    /// The text form given to clients.
    package var text: String { "\(microseconds)-\(id)" }
}
