public import Foundation

/// A calendar month whose trips are generated, with its boundaries at midnight Europe/Paris
/// (the months of the open data).
public struct SeedMonth: Sendable, Hashable, Comparable, LosslessStringConvertible {
    /// The year, e.g. 2026.
    public let year: Int
    /// The month, 1–12.
    public let month: Int

    /// The month `month` of `year`; nil when `month` is not 1–12 or `year` has not 4 digits.
    public init?(year: Int, month: Int) {
        guard (1000...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM` (the `--month` option); nil for any other shape.
    public init?(_ description: String) {
        let parts = description.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        self.init(year: year, month: month)
    }

    /// `YYYY-MM`.
    public var description: String {
        year.description + (month < 10 ? "-0" : "-") + month.description
    }

    /// The month after this one.
    public var next: SeedMonth {
        month == 12 ? SeedMonth(uncheckedYear: year + 1, month: 1) : SeedMonth(uncheckedYear: year, month: month + 1)
    }

    /// Orders months in time.
    public static func < (lhs: SeedMonth, rhs: SeedMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    /// The `count` whole months before the month that contains `date` in Europe/Paris, oldest
    /// first: on 29 November 2026, the last three are August, September and October 2026.
    public static func wholeMonths(_ count: Int, before date: Date) -> [SeedMonth] {
        var paris = Calendar(identifier: .gregorian)
        paris.timeZone = ZoneClock.paris
        let parts = paris.dateComponents([.year, .month], from: date)
        var month = SeedMonth(uncheckedYear: parts.year!, month: parts.month!)
        var months: [SeedMonth] = []
        for _ in 0..<count {
            month =
                month.month == 1
                ? SeedMonth(uncheckedYear: month.year - 1, month: 12)
                : SeedMonth(uncheckedYear: month.year, month: month.month - 1)
            months.insert(month, at: 0)
        }
        return months
    }

    /// A month known to be valid.
    private init(uncheckedYear year: Int, month: Int) {
        self.year = year
        self.month = month
    }
}
