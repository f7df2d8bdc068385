import ExportModels
import Foundation

/// How e-mails write dates, numbers and export types: in French, in the export's time zone.
enum FrenchFormat {
    /// `1er janvier 2025`, `2 janvier 2025`: the first day of a month is an ordinal in French.
    static func day(_ date: Date, timeZone: TimeZone) -> String {
        formatter("\(dayPattern(date, timeZone)) MMMM yyyy", timeZone).string(from: date)
    }

    /// `7 décembre 2026 à 14:30`, `1er décembre 2026 à 09:00`.
    static func dayAndTime(_ date: Date, timeZone: TimeZone) -> String {
        formatter("\(dayPattern(date, timeZone)) MMMM yyyy 'à' HH:mm", timeZone).string(from: date)
    }

    /// The first and last days of an export's period; the end instant is excluded, so the last
    /// day shown is the one of the instant just before it.
    static func period(_ params: ExportParams) -> (start: String, end: String) {
        let zone = timeZone(params)
        return (day(params.startAt, timeZone: zone), day(params.endAt.addingTimeInterval(-1), timeZone: zone))
    }

    /// The export's time zone, Paris when it is unknown.
    static func timeZone(_ params: ExportParams) -> TimeZone {
        TimeZone(identifier: params.tz) ?? TimeZone(identifier: "Europe/Paris")!
    }

    /// `12 345`, with a narrow no-break space between thousands.
    static func count(_ value: Int) -> String {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "fr_FR")
        formatter.numberStyle = .decimal
        return formatter.string(from: NSNumber(value: value)) ?? String(value)
    }

    /// `0 ligne`, `1 ligne`, `12 345 lignes`: in French, 0 and 1 take the singular.
    static func counted(_ value: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count(value)) \(abs(value) < 2 ? singular : plural ?? singular + "s")"
    }

    /// `850 octets`, `12,4 ko`, `3,2 Mo`, `300 Mo`: decimal units, at most one decimal, a comma.
    static func fileSize(_ bytes: Int) -> String {
        guard bytes >= 1000 else { return counted(bytes, "octet") }
        var value = Double(bytes)
        var unit = "octets"
        for next in ["ko", "Mo", "Go", "To"] where value >= 1000 {
            value /= 1000
            unit = next
        }
        let tenths = Int((value * 10).rounded())
        return (tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(tenths % 10)") + " \(unit)"
    }

    /// `opérateur`, `territoire`, `registre`, `open data`.
    static func typeLabel(_ type: ExportType) -> String {
        switch type {
        case .operator: "opérateur"
        case .territory: "territoire"
        case .registry: "registre"
        case .opendata: "open data"
        }
    }

    /// `d'er'` on the first day of a month in `timeZone`, `d` otherwise.
    private static func dayPattern(_ date: Date, _ timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.component(.day, from: date) == 1 ? "d'er'" : "d"
    }

    private static func formatter(_ pattern: String, _ timeZone: TimeZone) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "fr_FR")
        formatter.timeZone = timeZone
        formatter.dateFormat = pattern
        return formatter
    }
}
