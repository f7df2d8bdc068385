import ExportModels
import Foundation

/// How e-mails write dates, numbers and export types: in French, in the export's time zone.
enum FrenchFormat {
    /// `1 janvier 2025`.
    static func day(_ date: Date, timeZone: TimeZone) -> String {
        formatter("d MMMM yyyy", timeZone).string(from: date)
    }

    /// `7 décembre 2026 à 14:30`.
    static func dayAndTime(_ date: Date, timeZone: TimeZone) -> String {
        formatter("d MMMM yyyy 'à' HH:mm", timeZone).string(from: date)
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

    /// `opérateur`, `territoire`, `registre`, `open data`.
    static func typeLabel(_ type: ExportType) -> String {
        switch type {
        case .operator: "opérateur"
        case .territory: "territoire"
        case .registry: "registre"
        case .opendata: "open data"
        }
    }

    private static func formatter(_ pattern: String, _ timeZone: TimeZone) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "fr_FR")
        formatter.timeZone = timeZone
        formatter.dateFormat = pattern
        return formatter
    }
}
