import Foundation

/// A dataset, as `GET /datasets/{dataset}/` answers it: only its resources are read.
struct DatagouvDataset: Sendable, Decodable {
    /// Its resources.
    var resources: [DatagouvResource]
}
