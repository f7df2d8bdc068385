public import Foundation

/// A write refused because the lease is no longer held.
public struct LeaseLostError: Error, CustomStringConvertible {
    /// The export concerned.
    public let uuid: UUID
    /// One line for logs.
    public var description: String { "lease on export \(uuid) lost" }
}
