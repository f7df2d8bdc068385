import ExportCrypto
package import ExportFiles
import ExportTime
import Foundation

/// The values of the open-data columns that the trip files do not have (docs/opendata.md §5), as pure
/// functions.
package enum OpendataValues {
    /// The column names of the file, in order.
    package static let columns: [String] = {
        let place = [
            "datetime", "date", "time", "lon", "lat", "insee", "department", "town", "towngroup", "country",
        ]
        return ["journey_id", "trip_id"] + place.map { "journey_start_\($0)" } + place.map { "journey_end_\($0)" }
            + ["passenger_seats", "operator_class", "journey_distance", "journey_duration", "has_incentive"]
    }()

    /// `trip_id`: lowercase hex HMAC-SHA-256 under `salt` of `operatorID:operatorTripID`, or of
    /// a random UUID when the trip has no `operator_trip_id`.
    package static func tripID(salt: [UInt8], operatorID: Int64, operatorTripID: String?) -> String {
        let message = operatorTripID.map { "\(operatorID):\($0)" } ?? UUID().uuidString.lowercased()
        return Hex.encode(HMACSHA256.authenticate(key: salt, utf8: message))
    }

    /// Whole minutes between two instants in microseconds, rounded to the nearest minute (half
    /// a minute up).
    package static func durationMinutes(startMicroseconds: Int64, endMicroseconds: Int64) -> Int64 {
        let difference = endMicroseconds - startMicroseconds
        let minute: Int64 = 60_000_000
        return difference >= 0 ? (difference + minute / 2) / minute : -((-difference + minute / 2) / minute)
    }

    /// ISO 8601 local date and time with its offset: `2025-01-06T08:10:00+01:00`.
    package static func isoDateTime(_ local: LocalDateTime, offsetSeconds: Int64) -> String {
        var bytes: [UInt8] = []
        appendISODateTime(local, offsetSeconds: offsetSeconds, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the ISO 8601 local date and time with its offset to `bytes`, without allocating
    /// (the row writer reuses one buffer for every row).
    package static func appendISODateTime(_ local: LocalDateTime, offsetSeconds: Int64, to bytes: inout [UInt8]) {
        let (year, month, day) = CivilCalendar.date(fromDay: local.day)
        let second = Int64(local.second)
        let offsetMinutes = Int64(offsetSeconds.magnitude / 60)
        appendDigits(year, width: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(month, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(day, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        appendDigits(second / 3600, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendDigits(second / 60 % 60, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendDigits(second % 60, width: 2, to: &bytes)
        bytes.append(offsetSeconds < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        appendDigits(offsetMinutes / 60, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendDigits(offsetMinutes % 60, width: 2, to: &bytes)
    }

    /// Appends the last `width` decimal digits of `value` (not negative), zero-padded.
    private static func appendDigits(_ value: Int64, width: Int, to bytes: inout [UInt8]) {
        var divisor: Int64 = 1
        for _ in 1..<width { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(truncatingIfNeeded: value / divisor % 10) + 48)
            divisor /= 10
        }
    }
}
