import ArgumentParser
import ExportPostgres
import ExportSchema
import ExportSeeder
import Foundation
import Logging

/// Streams the seeded journeys through the PostgreSQL layer with each reading method and prints
/// rows per second and peak memory for each.
struct PostgresReadBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "postgres-read",
        abstract: "Read the seeded journeys with single-row mode, a cursor and COPY; print rows/s and peak memory."
    )

    @Option(help: "Seed this many journeys first (0 reads what the database holds).")
    var seedTrips = 0

    @Option(help: "Repeat each method this many times and keep the best run.")
    var repetitions = 2

    /// One row per journey with the columns an export reads, joined as the builder joins them.
    static let query = """
        SELECT c._id, c.legacy_id, c.operator_id, c.operator_journey_id, c.operator_trip_id, c.operator_class,
               c.start_datetime, c.end_datetime, c.start_lat, c.start_lon, c.end_lat, c.end_lon, c.distance,
               c.driver_revenue, c.passenger_contribution, c.passenger_seats, c.driver_identity_key,
               c.passenger_identity_key, c.driver_operator_user_id, c.passenger_operator_user_id,
               s.acquisition_status, s.fraud_status, s.anomaly_status, g.start_geo_code, g.end_geo_code
        FROM carpool_v2.carpools c
        JOIN carpool_v2.status s ON s.carpool_id = c._id
        LEFT JOIN carpool_v2.geo g ON g.carpool_id = c._id
        ORDER BY c.start_datetime, c._id
        """

    func run() async throws {
        var logger = Logger(label: "export-bench")
        logger.logLevel = .warning
        let url = ProcessInfo.processInfo.environment["DATABASE_URL"] ?? PostgresConfiguration.defaultURL
        let pool = PostgresPool(configuration: PostgresConfiguration(url: url, poolSize: 2), logger: logger)
        if seedTrips > 0 {
            try await SchemaMigrator(pool: pool, logger: logger).migrate([.export, .upstream])
            let report = try await UpstreamSeeder(pool: pool, logger: logger).seed(try SeedPlan(trips: seedTrips))
            print("seeded \(seedTrips) journeys in \(report.duration)")
        }
        let methods: [(String, (PostgresConnection) async throws -> Int)] = [
            ("single-row mode", { try await Self.readRows($0, method: .singleRow) }),
            ("cursor, FETCH 1000", { try await Self.readRows($0, method: .cursor(batchSize: 1000)) }),
            ("cursor, FETCH 10000", { try await Self.readRows($0, method: .cursor(batchSize: 10000)) }),
            ("COPY csv", { try await Self.readCopy($0, format: "csv") }),
            ("COPY binary", { try await Self.readCopy($0, format: "binary") }),
        ]
        let total = try await pool.query("SELECT count(*)::int FROM carpool_v2.carpools")[0].decode(Int.self, at: 0)
        print("method\trows\tseconds\trows/s\tpeak RSS MiB")
        for (name, read) in methods {
            var best = Double.infinity
            var peak = 0
            var bytes = 0
            for _ in 0..<max(1, repetitions) {
                PeakMemory.reset()
                let start = ContinuousClock.now
                bytes = try await pool.withConnection { try await read($0) }
                let elapsed = ContinuousClock.now - start
                best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
                peak = max(peak, PeakMemory.bytes())
            }
            print(
                "\(name)\t\(total)\t\(String(format: "%.2f", best))\t\(Int(Double(total) / best))\t\(peak >> 20)\t(\(bytes >> 20) MiB read)"
            )
        }
        await pool.close()
    }

    /// Reads every row, touching every cell's bytes as a writer would; returns the bytes seen.
    static func readRows(_ connection: PostgresConnection, method: PostgresStreamMethod) async throws -> Int {
        try await connection.stream(query, method: method) { rows in
            var bytes = 0
            for try await row in rows {
                for column in 0..<row.count { bytes += row.withUnsafeBytes(at: column) { $0.count } }
            }
            return bytes
        }
    }

    /// Reads the same rows through `COPY … TO STDOUT`; returns the bytes received.
    static func readCopy(_ connection: PostgresConnection, format: String) async throws -> Int {
        try await connection.copyOut("COPY (\(query)) TO STDOUT (FORMAT \(format))") { chunks in
            var bytes = 0
            for try await chunk in chunks { bytes += chunk.count }
            return bytes
        }
    }
}
