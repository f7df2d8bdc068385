/// A local date and time: the day since 1970-01-01 and the second of that day, both in the
/// export's time zone.
package struct LocalDateTime: Sendable, Equatable {
    /// Days since 1970-01-01 (negative before).
    package var day: Int64
    /// Seconds since midnight, `0..<86_400`.
    package var second: Int32

    /// Creates a local date and time.
    package init(day: Int64, second: Int32) {
        self.day = day
        self.second = second
    }
}
