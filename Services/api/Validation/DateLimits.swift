import Foundation

/// The period an export may cover (docs/validation.md §3): from the start of the day (in the export's
/// zone) `EXPORT_MIN_START_DAYS` days ago, up to the end of the day `EXPORT_MAX_END_DAYS` days ago.
struct DateLimits: Sendable {
    /// `EXPORT_MIN_START_DAYS`.
    var minStartDays: Int
    /// `EXPORT_MAX_END_DAYS`.
    var maxEndDays: Int

    /// The earliest `start_at` and the latest `end_at` allowed on `now` in `zone`.
    func bounds(now: Date, zone: TimeZone) -> (earliestStart: Date, latestEnd: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let today = calendar.startOfDay(for: now)
        let earliest = calendar.date(byAdding: .day, value: -minStartDays, to: today) ?? today
        let latest = calendar.date(byAdding: .day, value: 1 - maxEndDays, to: today) ?? today
        return (earliest, latest)
    }
}
