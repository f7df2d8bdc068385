package import ExportFiles
import ExportTime
package import Foundation

/// Converts UTC instants to local times of one time zone, caching the zone's offset per
/// quarter of an hour (every offset change of the zones in use falls on one), so that a
/// million rows cost a few thousand `TimeZone` look-ups rather than a million.
package struct TripZoneClock: Sendable {
    private let zone: TimeZone
    private var offsets: [Int64: Int64] = [:]
    private var lastQuarter: Int64 = .min
    private var lastOffset: Int64 = 0

    /// A clock for `zone`.
    package init(zone: TimeZone) {
        self.zone = zone
    }

    /// The offset from UTC in seconds at `epochSeconds`.
    package mutating func offset(atEpochSeconds epochSeconds: Int64) -> Int64 {
        let quarter = epochSeconds >= 0 ? epochSeconds / 900 : (epochSeconds - 899) / 900
        if quarter == lastQuarter { return lastOffset }
        let offset: Int64
        if let cached = offsets[quarter] {
            offset = cached
        } else {
            if offsets.count > 100_000 { offsets.removeAll(keepingCapacity: true) }
            offset = Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(quarter * 900))))
            offsets[quarter] = offset
        }
        lastQuarter = quarter
        lastOffset = offset
        return offset
    }

    /// The local time of `microseconds` since 1970 UTC, rounded up to the next 10-minute
    /// boundary (an exact boundary stays) — docs/files.md §6.
    package mutating func roundedLocal(epochMicroseconds microseconds: Int64) -> LocalDateTime {
        let seconds = floorDivide(microseconds, 1_000_000)
        let localMicroseconds = microseconds + offset(atEpochSeconds: seconds) * 1_000_000
        let step: Int64 = 600 * 1_000_000
        let roundedSeconds = (floorDivide(localMicroseconds - 1, step) + 1) * 600
        return Self.split(localSeconds: roundedSeconds)
    }

    /// The local day (since 1970-01-01) of `microseconds` since 1970 UTC, without rounding.
    package mutating func localDay(epochMicroseconds microseconds: Int64) -> Int64 {
        let seconds = floorDivide(microseconds, 1_000_000)
        return floorDivide(seconds + offset(atEpochSeconds: seconds), 86_400)
    }

    /// A local second count split into day and second of day.
    static func split(localSeconds: Int64) -> LocalDateTime {
        let day = floorDivide(localSeconds, 86_400)
        return LocalDateTime(day: day, second: Int32(localSeconds - day * 86_400))
    }
}
