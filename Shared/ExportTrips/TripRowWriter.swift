package import ExportFiles
package import ExportPostgres
package import Foundation

/// Turns rows of `TripQuery` into cells of the chosen columns, computing the values of rules
/// §3.1–3.4 once per row and reading every other cell in place from libpq's buffer.
package struct TripRowWriter: Sendable {
    private let sources: [TripCellSource]
    private var clock: TripZoneClock
    private var campaigns: CampaignCalendar

    /// A writer of `columns`, with dates in `zone` and booster days from `campaigns`.
    package init(columns: [TripColumn], zone: TimeZone, campaigns: CampaignCalendar) {
        sources = columns.map(TripCellSource.init)
        clock = TripZoneClock(zone: zone)
        self.campaigns = campaigns
    }

    /// Writes the cells of `row` into `sink`, left to right.
    package mutating func write(_ row: PostgresRow, into sink: inout some CellSink) throws {
        typealias Q = TripQuerySQL.Column
        let startMicroseconds = try row.decode(Int64.self, at: Q.startMicroseconds)
        let endMicroseconds = try row.decode(Int64.self, at: Q.endMicroseconds)
        let start = clock.roundedLocal(epochMicroseconds: startMicroseconds)
        let end = clock.roundedLocal(epochMicroseconds: endMicroseconds)
        for source in sources {
            switch source {
            case .text(let column):
                if row.isNull(column) { sink.empty() } else { row.withUnsafeBytes(at: column) { sink.text($0) } }
            case .number(let column):
                if row.isNull(column) { sink.empty() } else { row.withUnsafeBytes(at: column) { sink.number($0) } }
            case .euros(let column):
                if let cents = try row.decode(Int64?.self, at: column) {
                    sink.euros(TripValues.euros(cents: cents))
                } else {
                    sink.empty()
                }
            case .kilometres(let column):
                if let metres = try row.decode(Int64?.self, at: column) {
                    sink.decimal(TripValues.kilometres(metres: metres))
                } else {
                    sink.empty()
                }
            case .boolean(let column):
                sink.boolean(try row.decode(Bool.self, at: column))
            case .status:
                sink.text(
                    TripValues.status(
                        acquisition: try row.decode(String.self, at: Q.acquisitionStatus),
                        fraud: try row.decode(String.self, at: Q.fraudStatus),
                        anomaly: try row.decode(String.self, at: Q.anomalyStatus)))
            case .dateTime(let isStart): sink.dateTime(isStart ? start : end)
            case .date(let isStart): sink.date(isStart ? start : end)
            case .time(let isStart): sink.time(isStart ? start : end)
            case .duration:
                sink.duration(
                    seconds: TripValues.durationSeconds(
                        startMicroseconds: startMicroseconds, endMicroseconds: endMicroseconds))
            case .coordinate(let column, let place):
                let decimals = TripValues.coordinateDecimals(
                    population: try row.decode(Int64?.self, at: place + 8),
                    surface: try row.decode(Double?.self, at: place + 9))
                let value = row.withUnsafeBytes(at: column) { TripValues.truncatedCoordinate($0, decimals: decimals) }
                if let value { sink.decimal(value) } else { sink.empty() }
            case .commune(let place):
                let abroad =
                    !row.isNull(place + 7) && row.withUnsafeBytes(at: place + 7) { !$0.elementsEqual("XXXXX".utf8) }
                if abroad || row.isNull(place + 1) {
                    sink.empty()
                } else {
                    row.withUnsafeBytes(at: place + 1) { sink.text($0) }
                }
            case .incentiveType:
                let policies = try Self.integers(inArray: row, at: Q.validatedPolicies)
                sink.text(
                    campaigns.isBooster(startMicroseconds: startMicroseconds, validatedPolicies: policies)
                        ? "booster" : "normal")
            }
        }
    }

    /// The integers of an `int[]` cell (`{459,460}`), none for NULL.
    static func integers(inArray row: PostgresRow, at column: Int) throws -> [Int] {
        guard !row.isNull(column) else { return [] }
        return row.withUnsafeBytes(at: column) { bytes in
            bytes.split { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }
                .compactMap { Int(String(decoding: $0, as: UTF8.self)) }
        }
    }
}
