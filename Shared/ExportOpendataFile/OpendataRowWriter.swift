import ExportFiles
import ExportModels
import ExportPostgres
import ExportTime
import ExportTrips
import Foundation

/// Turns rows of `OpendataQuery.rowsSQL` into the 27 cells of the open-data file (docs/opendata.md §5):
/// Paris dates rounded up to 10 minutes with their offset, coordinates truncated by density,
/// keyed `trip_id`, no operator, person or money.
struct OpendataRowWriter {
    private let salt: [UInt8]
    private var clock = TripZoneClock(zone: ParisMonth.zone)
    /// The bytes of one datetime cell, reused for every row.
    private var scratch: [UInt8] = []

    /// A writer whose `trip_id` is keyed with `salt` (`OPENDATA_SALT`).
    init(salt: String) {
        self.salt = Array(salt.utf8)
    }

    /// Writes the cells of `row` into `sink`, left to right.
    mutating func write(_ row: PostgresRow, into sink: inout some CellSink) throws {
        typealias Q = OpendataQuery.Column
        let operatorTripID = try row.decode(String?.self, at: Q.operatorTripId)
        let startMicroseconds = try row.decode(Int64.self, at: Q.startMicroseconds)
        let endMicroseconds = try row.decode(Int64.self, at: Q.endMicroseconds)
        text(row, Q.legacyId, into: &sink)
        sink.text(
            OpendataValues.tripID(
                salt: salt, operatorID: try row.decode(Int64.self, at: Q.operatorId), operatorTripID: operatorTripID))
        try writePlace(
            row, microseconds: startMicroseconds, lat: Q.startLat, lon: Q.startLon, place: Q.startPlace, into: &sink)
        try writePlace(row, microseconds: endMicroseconds, lat: Q.endLat, lon: Q.endLon, place: Q.endPlace, into: &sink)
        text(row, Q.passengerSeats, into: &sink)
        text(row, Q.operatorClass, into: &sink)
        text(row, Q.distance, into: &sink)
        let minutes = OpendataValues.durationMinutes(
            startMicroseconds: startMicroseconds, endMicroseconds: endMicroseconds)
        sink.decimal(ScaledDecimal(units: minutes, scale: 0))
        sink.boolean(try row.decode(Bool.self, at: Q.hasIncentive))
    }

    /// The ten columns of one end of the trip: datetime, date, time, lon, lat, insee,
    /// department code, town (empty abroad), town group, country name.
    private mutating func writePlace(
        _ row: PostgresRow, microseconds: Int64, lat: Int, lon: Int, place: Int, into sink: inout some CellSink
    ) throws {
        let local = clock.roundedLocal(epochMicroseconds: microseconds)
        let offset = clock.offset(atEpochSeconds: floorDivide(microseconds, 1_000_000))
        scratch.removeAll(keepingCapacity: true)
        OpendataValues.appendISODateTime(local, offsetSeconds: offset, to: &scratch)
        scratch.withUnsafeBytes { sink.text($0) }
        sink.date(local)
        sink.time(local)
        let decimals = TripValues.coordinateDecimals(
            population: try row.decode(Int64?.self, at: place + 6), surface: try row.decode(Double?.self, at: place + 7)
        )
        coordinate(row, lon, decimals: decimals, into: &sink)
        coordinate(row, lat, decimals: decimals, into: &sink)
        text(row, place, into: &sink)
        text(row, place + 1, into: &sink)
        let abroad = !row.isNull(place + 5) && row.withUnsafeBytes(at: place + 5) { !$0.elementsEqual("XXXXX".utf8) }
        if abroad { sink.empty() } else { text(row, place + 2, into: &sink) }
        text(row, place + 3, into: &sink)
        text(row, place + 4, into: &sink)
    }

    /// A column read as it is, empty for NULL.
    private func text(_ row: PostgresRow, _ column: Int, into sink: inout some CellSink) {
        if row.isNull(column) { sink.empty() } else { row.withUnsafeBytes(at: column) { sink.text($0) } }
    }

    /// A coordinate truncated toward zero to `decimals`, empty for NULL.
    private func coordinate(_ row: PostgresRow, _ column: Int, decimals: Int, into sink: inout some CellSink) {
        let value =
            row.isNull(column)
            ? nil : row.withUnsafeBytes(at: column) { TripValues.truncatedCoordinate($0, decimals: decimals) }
        if let value { sink.decimal(value) } else { sink.empty() }
    }
}
