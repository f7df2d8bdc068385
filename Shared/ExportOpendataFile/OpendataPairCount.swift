import ExportModels

/// The number of population trips going from one start `arr` to one end `arr`.
package struct OpendataPairCount: Sendable, Hashable {
    /// The start code.
    package var start: String
    /// The end code.
    package var end: String
    /// Trips with these two codes.
    package var trips: Int

    /// Creates a count.
    package init(start: String, end: String, trips: Int) {
        self.start = start
        self.end = end
        self.trips = trips
    }
}
