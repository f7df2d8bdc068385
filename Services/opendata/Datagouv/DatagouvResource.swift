import Foundation

/// A resource of a data.gouv.fr dataset, as the API answers it (other fields ignored).
struct DatagouvResource: Sendable, Decodable, Equatable {
    /// Its id.
    var id: String
    /// Its title (the file name for our uploads).
    var title: String
    /// Its public URL.
    var url: String?
}
