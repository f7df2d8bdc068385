import ExportFiles
import ExportTime
import ExportTrips
import Foundation
import Testing

/// The value rules of docs/files.md §5–9: status, 10-minute ceiling, DST, truncation, money.
@Suite struct ValuesTripTests {
    private let paris = TimeZone(identifier: "Europe/Paris")!

    /// Microseconds since 1970 of an ISO 8601 UTC instant.
    private func micros(_ text: String) -> Int64 {
        Int64(ISO8601DateFormatter().date(from: text)!.timeIntervalSince1970) * 1_000_000
    }

    /// The local time in Paris of a UTC instant, rounded up, as `YYYY-MM-DD hh:mm:ss`.
    private func rounded(_ instant: String, plusMicroseconds extra: Int64 = 0) -> String {
        var clock = TripZoneClock(zone: paris)
        return text(clock.roundedLocal(epochMicroseconds: micros(instant) + extra))
    }

    /// `YYYY-MM-DD hh:mm:ss` of a local time, through the CSV formatter's cells.
    private func text(_ local: LocalDateTime) -> String {
        var formatter = CsvRowFormatter(header: [])
        _ = formatter.takeChunks()
        formatter.dateTime(local)
        return String(decoding: formatter.takeChunks().flatMap(\.bytes), as: UTF8.self)
    }

    @Test func statusFollowsTheThreeStatuses() {
        #expect(TripValues.status(acquisition: "processed", fraud: "passed", anomaly: "passed") == "ok")
        #expect(TripValues.status(acquisition: "processed", fraud: "failed", anomaly: "passed") == "fraud_error")
        #expect(TripValues.status(acquisition: "processed", fraud: "failed", anomaly: "failed") == "fraud_error")
        #expect(TripValues.status(acquisition: "processed", fraud: "passed", anomaly: "failed") == "anomaly_error")
        #expect(TripValues.status(acquisition: "processed", fraud: "pending", anomaly: "passed") == "pending")
        #expect(TripValues.status(acquisition: "processed", fraud: "passed", anomaly: "pending") == "pending")
    }

    @Test func roundsUpToTheNextTenMinutesInTheExportZone() {
        #expect(rounded("2025-01-06T07:03:00Z") == "2025-01-06 08:10:00")
        #expect(rounded("2025-01-06T07:10:00Z") == "2025-01-06 08:10:00")
        #expect(rounded("2025-01-06T07:10:00Z", plusMicroseconds: 1) == "2025-01-06 08:20:00")
        #expect(rounded("2025-07-06T07:03:00Z") == "2025-07-06 09:10:00")
    }

    @Test func aTripAtFiveToMidnightMovesToTheNextDay() {
        #expect(rounded("2025-01-31T22:55:00Z") == "2025-02-01 00:00:00")
        var clock = TripZoneClock(zone: paris)
        let day = clock.localDay(epochMicroseconds: micros("2025-01-31T22:55:00Z"))
        #expect(day == CivilCalendar.day(parsing: "2025-01-31"))
    }

    @Test func followsTheClockChangesOfTheZone() {
        #expect(rounded("2025-03-30T00:55:00Z") == "2025-03-30 02:00:00")
        #expect(rounded("2025-03-30T01:05:00Z") == "2025-03-30 03:10:00")
        #expect(rounded("2025-10-26T00:30:00Z") == "2025-10-26 02:30:00")
        #expect(rounded("2025-10-26T01:30:00Z") == "2025-10-26 02:30:00")
    }

    @Test func durationComesFromTheRawInstants() {
        let start = micros("2025-03-30T00:55:00Z")
        let end = micros("2025-03-30T01:05:00Z")
        #expect(TripValues.durationSeconds(startMicroseconds: start, endMicroseconds: end) == 600)
        #expect(TripValues.durationSeconds(startMicroseconds: 0, endMicroseconds: 1_499_999) == 1)
    }

    /// Truncates `text` to `decimals` decimals and writes it as the files do.
    private func truncated(_ text: String, _ decimals: Int) -> String? {
        var text = text
        guard
            let value = text.withUTF8({ TripValues.truncatedCoordinate(UnsafeRawBufferPointer($0), decimals: decimals) }
            )
        else { return nil }
        var formatter = CsvRowFormatter(header: [])
        _ = formatter.takeChunks()
        formatter.decimal(value)
        return String(decoding: formatter.takeChunks().flatMap(\.bytes), as: UTF8.self)
    }

    @Test func truncatesCoordinatesTowardZeroInDecimal() {
        #expect(truncated("0.29", 2) == "0.29")
        #expect(truncated("0.29", 3) == "0.29")
        #expect(truncated("45.76999", 3) == "45.769")
        #expect(truncated("45.76999", 2) == "45.76")
        #expect(truncated("-4.8999", 2) == "-4.89")
        #expect(truncated("-0.009", 2) == "0")
        #expect(truncated("4.8e-05", 3) == "0")
        #expect(truncated("1.2345e1", 2) == "12.34")
        #expect(truncated("7", 3) == "7")
        #expect(truncated("abc", 2) == nil)
    }

    @Test func keepsThreeDecimalsOnlyAboveFortyInhabitantsPerSquareKilometre() {
        #expect(TripValues.coordinateDecimals(population: 4_100, surface: 100) == 3)
        #expect(TripValues.coordinateDecimals(population: 4_000, surface: 100) == 2)
        #expect(TripValues.coordinateDecimals(population: nil, surface: 100) == 2)
        #expect(TripValues.coordinateDecimals(population: 4_100, surface: nil) == 2)
        #expect(TripValues.coordinateDecimals(population: 4_100, surface: 0) == 2)
    }

    @Test func moneyAndDistanceAreExactDecimals() {
        #expect(TripValues.euros(cents: 1234) == ScaledDecimal(units: 1234, scale: 2))
        #expect(TripValues.kilometres(metres: 12_500) == ScaledDecimal(units: 12_500, scale: 3))
    }

    @Test func boosterOnlyOnABoosterDateInTheCampaignZone() throws {
        var calendar = try CampaignCalendar(boosterDates: [459: (paris, ["2025-03-11"])])
        let late = micros("2025-03-10T23:30:00Z")
        let onBoosterDay = calendar.isBooster(startMicroseconds: late, validatedPolicies: [459])
        let otherCampaign = calendar.isBooster(startMicroseconds: late, validatedPolicies: [460])
        let nextDay = calendar.isBooster(startMicroseconds: micros("2025-03-11T23:30:00Z"), validatedPolicies: [459])
        #expect(onBoosterDay)
        #expect(!otherCampaign)
        #expect(!nextDay)
    }
}
