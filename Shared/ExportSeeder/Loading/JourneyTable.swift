import ExportPostgres

/// A table filled from the journeys: each one is loaded by its own pass over the rides.
protocol JourneyTable {
    /// The table and its columns.
    static var target: CopyTarget { get }
    /// Appends the rows `journey` gives this table (none, one or several).
    mutating func append(_ journey: Journey, to buffer: inout CopyTextBuffer)
}

extension PostgresConnection {
    /// Streams the rows of `table` for every journey of `rides` into one COPY, in chunks of
    /// about 256 KiB, and returns the rows loaded.
    func copy<Table: JourneyTable>(_ table: Table, from rides: RideSequence) async throws -> Int {
        try await copyIn(Table.target.statement) { writer in
            var table = table
            var buffer = CopyTextBuffer()
            for ride in rides {
                for journey in ride.journeys { table.append(journey, to: &buffer) }
                if buffer.byteCount >= 1 << 18 { try await writer.write(buffer.take()) }
            }
            try await writer.write(buffer.take())
        }
    }

    /// Loads rows already built into `buffer` (the small reference tables).
    func copy(_ buffer: CopyTextBuffer, into target: CopyTarget) async throws -> Int {
        try await copyIn(target.statement) { writer in try await writer.write(buffer.text) }
    }
}
