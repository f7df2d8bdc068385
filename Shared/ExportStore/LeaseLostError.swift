package import Foundation

/// A write refused because the lease is no longer held.
package struct LeaseLostError: Error, CustomStringConvertible {
    /// The export concerned.
    package let uuid: UUID
    /// One line for logs.
    package var description: String { "lease on export \(uuid) lost" }
}
