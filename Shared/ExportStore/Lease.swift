package import Foundation

/// A builder's hold on one export: valid while `token` is still the export's `lease_token`.
/// Every write a builder makes is fenced by it, so a builder that lost its lease (its heartbeat
/// stopped and the export was taken back) can no longer change the export.
package struct Lease: Sendable, Equatable {
    /// The export's internal key.
    package let exportID: Int64
    /// The export's public identifier.
    package let uuid: UUID
    /// The fencing token of this claim.
    package let token: UUID
    /// Which attempt this is (1 for the first).
    package let attempt: Int
    /// How many times the export was given back at shutdown before this claim.
    package let releases: Int

    /// True while a shutdown may still give the export back without spending the attempt.
    package var mayBeReleased: Bool { releases < ExportQueue.maxReleases }
}
