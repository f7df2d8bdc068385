import ArgumentParser
import ExportTrips
import Foundation

/// Prints the builder's row query for a period as a `COPY … TO STDOUT (FORMAT csv)` statement,
/// its parameters written as literals (COPY takes no bound parameters), for the reference
/// `COPY | gzip -1` measurement of the builder benchmark. Only for the benchmark's own dates.
struct TripCopyStatement: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trip-sql",
        abstract: "Print the export's row query over a period as a COPY statement (builder benchmark)."
    )

    @Option(help: "First instant, RFC 3339") var start: String
    @Option(help: "Instant excluded, RFC 3339") var end: String

    func validate() throws {
        let allowed = Set("0123456789-:+TZ.")
        guard start.allSatisfy(allowed.contains), end.allSatisfy(allowed.contains) else {
            throw ValidationError("--start and --end must be RFC 3339 instants")
        }
    }

    func run() {
        let sql = TripQuery.rowsSQL
            .replacingOccurrences(of: "$1", with: "'\(start)'::timestamptz")
            .replacingOccurrences(of: "$2", with: "'\(end)'::timestamptz")
            .replacingOccurrences(of: "$3", with: "'{}'")
            .replacingOccurrences(of: "$4", with: "'{}'")
            .replacingOccurrences(of: "$5", with: "'{}'")
        print("COPY (\(sql)) TO STDOUT (FORMAT csv)")
    }
}
