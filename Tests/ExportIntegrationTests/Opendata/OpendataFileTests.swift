import ExportCrypto
import ExportModels
import ExportOpendataFile
import ExportPostgres
import ExportTrips
import Foundation
import Testing

/// The open-data file of a seeded month (docs/opendata.md §2–5), checked against the database with queries
/// written independently of the builder's.
@Suite(.seededDatabase(trips: 4_000, months: ["2026-03"]))
struct OpendataFileTests {
    static let salt = "opendata-test-salt"

    /// Builds the file of `month` on the suite's seeded database.
    private func build(_ month: String) async throws -> (OpendataFile, SeederSeededDatabase.Seeded) {
        let seeded = try #require(SeederSeededDatabase.current)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("opendata-\(UUID())").path
        let settings = OpendataFileSettings(workDirectory: work, minOccurrences: 6, salt: Self.salt)
        let file = try await OpendataFileBuilder(pool: seeded.pool, settings: settings, logger: .quiet)
            .build(month: month, uuid: UUID(), progress: { _ in })
        return (file, seeded)
    }

    /// The trips an independent row-by-row k-anonymity leaves: the `ok` trips of March 2026 (in
    /// Paris) with both codes, from which rare start or end codes are deleted until none is left.
    private func independentExposedCount(_ pool: PostgresPool) async throws -> Int {
        try await pool.withConnection { connection in
            try await connection.executeScript(
                """
                CREATE TEMP TABLE population AS
                SELECT c._id, g.start_geo_code AS s, g.end_geo_code AS e
                FROM carpool_v2.carpools c, carpool_v2.status st, carpool_v2.geo g
                WHERE st.carpool_id = c._id AND g.carpool_id = c._id
                  AND (st.acquisition_status, st.fraud_status, st.anomaly_status) = ('processed', 'passed', 'passed')
                  AND c.start_datetime >= '2026-03-01T00:00:00+01:00' AND c.start_datetime < '2026-04-01T00:00:00+02:00'
                  AND g.start_geo_code IS NOT NULL AND g.end_geo_code IS NOT NULL
                """)
            while true {
                let deleted = try await connection.execute(
                    """
                    DELETE FROM population
                    WHERE s IN (SELECT s FROM population GROUP BY s HAVING count(*) < 6)
                       OR e IN (SELECT e FROM population GROUP BY e HAVING count(*) < 6)
                    """)
                if deleted == 0 { break }
            }
            let count = try await connection.queryFirst("SELECT count(*) FROM population")!.decode(Int.self, at: 0)
            try await connection.executeScript("DROP TABLE population")
            return count
        }
    }

    @Test func fileHasTheKeptOkTripsWithTwentySevenColumns() async throws {
        let (file, seeded) = try await build("2026-03")
        defer { file.removeFiles() }
        let path = try #require(file.csvPath)
        #expect(file.storageKey == "opendata/2026-03/2026-03.csv")
        #expect(path.hasSuffix("/2026-03.csv"))
        let (header, records) = try OpendataCSV.records(atPath: path)
        #expect(header == OpendataValues.columns)
        #expect(header.count == 27)
        #expect(records.count == file.rows)
        #expect(records.count == (try await independentExposedCount(seeded.pool)))
        #expect(records.count > 100, "the seeded month should expose trips")
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber
        #expect(file.fileSize == size?.int64Value)

        let stats = try OpendataStats.decode(file.statsJSON)
        #expect(stats.countExposed == records.count)
        #expect(stats.countTotal - stats.countRemoved == stats.countExposed)
        #expect(stats.countRemoved > 0, "a seeded month has rare codes")
        #expect(stats.published == false)
        let stored = try #require(try JSONSerialization.jsonObject(with: Data(file.statsJSON.utf8)) as? [String: Any])
        #expect(stored["rows"] as? Int == records.count)
        #expect((stored["file_size"] as? NSNumber)?.int64Value == file.fileSize)

        for side in ["start", "end"] {
            let counts = Dictionary(grouping: records) { $0["journey_\(side)_insee"] ?? "" }.mapValues(\.count)
            #expect(counts.values.allSatisfy { $0 >= 6 }, "\(side) codes below 6: \(counts.filter { $0.value < 6 })")
            #expect(counts[""] == nil)
        }
        let journeys = records.compactMap { $0["journey_id"].flatMap { Int64($0) } }
        #expect(journeys.count == records.count)
        let notOk = try await seeded.integer(
            """
            SELECT count(*) FROM carpool_v2.carpools c JOIN carpool_v2.status s ON s.carpool_id = c._id
            WHERE c.legacy_id = ANY($1::bigint[])
              AND (s.acquisition_status, s.fraud_status, s.anomaly_status) <> ('processed', 'passed', 'passed')
            """, [journeys])
        #expect(notOk == 0)
        try await expectKeyedTripIDs(records, pool: seeded.pool)
    }

    /// Every `trip_id` is the keyed hash: not the operator's id, not its unkeyed SHA-256.
    private func expectKeyedTripIDs(_ records: [[String: String]], pool: PostgresPool) async throws {
        let rows = try await pool.query(
            "SELECT legacy_id, operator_id, operator_trip_id FROM carpool_v2.carpools WHERE legacy_id = ANY($1::bigint[])",
            [records.compactMap { $0["journey_id"].flatMap { Int64($0) } }])
        var trips: [Int64: (Int64, String?)] = [:]
        for row in rows {
            trips[try row.decode(Int64.self, at: 0)] = (
                try row.decode(Int64.self, at: 1), try row.decode(String?.self, at: 2)
            )
        }
        var keyed = 0
        for record in records {
            let tripID = try #require(record["trip_id"])
            let (operatorID, operatorTripID) = try #require(trips[Int64(record["journey_id"]!)!])
            #expect(tripID.count == 64 && tripID == tripID.lowercased())
            guard let operatorTripID else { continue }
            let message = "\(operatorID):\(operatorTripID)"
            #expect(tripID != operatorTripID)
            #expect(tripID != Hex.encode(SHA256.hash(utf8: message)))
            #expect(tripID != Hex.encode(SHA256.hash(utf8: operatorTripID)))
            #expect(tripID == Hex.encode(HMACSHA256.authenticate(key: Array(Self.salt.utf8), utf8: message)))
            keyed += 1
        }
        #expect(keyed > 0)
    }

    @Test func datesAreParisTimesRoundedUpWithTheirOffset() async throws {
        let (file, _) = try await build("2026-03")
        defer { file.removeFiles() }
        let (_, records) = try OpendataCSV.records(atPath: try #require(file.csvPath))
        let formatter = ISO8601DateFormatter()
        for record in records.prefix(500) {
            let text = try #require(record["journey_start_datetime"])
            let instant = try #require(formatter.date(from: text), "\(text)")
            #expect(text.hasSuffix("+01:00") || text.hasSuffix("+02:00"))
            #expect(Int(instant.timeIntervalSince1970) % 600 == 0)
            #expect(text.hasPrefix(record["journey_start_date"]! + "T" + record["journey_start_time"]!))
            #expect(instant >= ParisMonth("2026-03")!.start && instant <= ParisMonth("2026-03")!.end)
            #expect(["OUI", "NON"].contains(record["has_incentive"]))
            #expect(Int(record["journey_duration"]!) != nil)
        }
    }

    @Test func aMonthWithoutTripsHasNoFile() async throws {
        let (file, _) = try await build("2020-01")
        defer { file.removeFiles() }
        #expect(file.csvPath == nil)
        #expect(file.rows == 0)
        let stats = try OpendataStats.decode(file.statsJSON)
        #expect(stats.countTotal == 0 && stats.countExposed == 0 && stats.published == false)
    }

    @Test func aMalformedMonthOrAMissingSaltIsRefused() async throws {
        let seeded = try #require(SeederSeededDatabase.current)
        let work = FileManager.default.temporaryDirectory.path
        let builder = OpendataFileBuilder(
            pool: seeded.pool, settings: OpendataFileSettings(workDirectory: work, minOccurrences: 6, salt: "x"),
            logger: .quiet)
        await #expect(throws: OpendataFileError.self) {
            try await builder.build(month: "2026-3", uuid: UUID(), progress: { _ in })
        }
        let unsalted = OpendataFileBuilder(
            pool: seeded.pool, settings: OpendataFileSettings(workDirectory: work, minOccurrences: 6, salt: ""),
            logger: .quiet)
        await #expect(throws: OpendataFileError.self) {
            try await unsalted.build(month: "2026-03", uuid: UUID(), progress: { _ in })
        }
    }
}
