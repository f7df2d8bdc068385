import ExportCrypto
public import ExportFiles
import Foundation

/// The values of the open-data columns that the trip files do not have (rules §4), as pure
/// functions.
public enum OpendataValues {
    /// The column names of the file, in order.
    public static let columns: [String] = {
        let place = [
            "datetime", "date", "time", "lon", "lat", "insee", "department", "town", "towngroup", "country",
        ]
        return ["journey_id", "trip_id"] + place.map { "journey_start_\($0)" } + place.map { "journey_end_\($0)" }
            + ["passenger_seats", "operator_class", "journey_distance", "journey_duration", "has_incentive"]
    }()

    /// `trip_id`: lowercase hex HMAC-SHA-256 under `salt` of `operatorID:operatorTripID`, or of
    /// a random UUID when the trip has no `operator_trip_id`.
    public static func tripID(salt: [UInt8], operatorID: Int64, operatorTripID: String?) -> String {
        let message = operatorTripID.map { "\(operatorID):\($0)" } ?? UUID().uuidString.lowercased()
        return Hex.encode(HMACSHA256.authenticate(key: salt, utf8: message))
    }

    /// Whole minutes between two instants in microseconds, rounded to the nearest minute (half
    /// a minute up).
    public static func durationMinutes(startMicroseconds: Int64, endMicroseconds: Int64) -> Int64 {
        let difference = endMicroseconds - startMicroseconds
        let minute: Int64 = 60_000_000
        return difference >= 0 ? (difference + minute / 2) / minute : -((-difference + minute / 2) / minute)
    }

    /// ISO 8601 local date and time with its offset: `2025-01-06T08:10:00+01:00`.
    public static func isoDateTime(_ local: LocalDateTime, offsetSeconds: Int64) -> String {
        let (year, month, day) = CivilCalendar.date(fromDay: local.day)
        let second = Int64(local.second)
        let sign = offsetSeconds < 0 ? "-" : "+"
        let offset = offsetSeconds.magnitude / 60
        return "\(pad(year, 4))-\(pad(month))-\(pad(day))T\(pad(second / 3600)):\(pad(second / 60 % 60)):"
            + "\(pad(second % 60))\(sign)\(pad(Int64(offset / 60))):\(pad(Int64(offset % 60)))"
    }

    /// `value` with leading zeros up to `width` digits.
    private static func pad(_ value: Int64, _ width: Int = 2) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
