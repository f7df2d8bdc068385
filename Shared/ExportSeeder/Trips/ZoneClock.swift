import Foundation

/// The UTC offsets of one time zone over a window of time, read once from the system's time
/// zone database, so that millions of local times become instants with integer arithmetic —
/// including the hour skipped when clocks go forward and the hour repeated when they go back.
struct ZoneClock: Sendable {
    /// Europe/Paris, the zone of the seeded months and of every seeded campaign.
    static let paris = TimeZone(identifier: "Europe/Paris")!

    /// From `start` (seconds since 1970) on, the zone is `offset` seconds ahead of UTC.
    private struct Segment {
        let start: Int64
        let offset: Int64
    }

    private let segments: [Segment]

    /// The offsets of `zone` from `start` to `end` (seconds since 1970).
    init(zone: TimeZone, from start: Int64, to end: Int64) {
        var date = Date(timeIntervalSince1970: TimeInterval(start))
        var segments = [Segment(start: start, offset: Int64(zone.secondsFromGMT(for: date)))]
        while let transition = zone.nextDaylightSavingTimeTransition(after: date),
            transition.timeIntervalSince1970 < Double(end)
        {
            segments.append(
                Segment(
                    start: Int64(transition.timeIntervalSince1970), offset: Int64(zone.secondsFromGMT(for: transition)))
            )
            date = transition
        }
        self.segments = segments
    }

    /// The offset in force at `instant`.
    func offset(at instant: Int64) -> Int64 {
        segments.last { $0.start <= instant }?.offset ?? segments[0].offset
    }

    /// The instant at which the local clock reads `local` (local seconds since 1970). In the
    /// repeated hour, the earlier or the `later` of the two; in the skipped hour, the instant the
    /// clock then shows one hour later, as most libraries do.
    func instant(atLocal local: Int64, later: Bool) -> Int64 {
        var found: Int64?
        for (index, segment) in segments.enumerated() {
            let candidate = local - segment.offset
            let end = index + 1 < segments.count ? segments[index + 1].start : Int64.max
            let startsBefore = index == 0 || candidate >= segment.start
            if startsBefore, candidate < end {
                if found == nil || later { found = candidate }
            } else if index > 0, candidate < segment.start, local - segments[index - 1].offset >= segment.start {
                return local - segments[index - 1].offset
            }
        }
        return found ?? local - segments[0].offset
    }

    /// The local days (day numbers) on which the offset changes.
    var transitionDays: [Int] {
        segments.dropFirst().map { segment in
            Int(((segment.start + segment.offset) / 86_400))
        }
    }
}
