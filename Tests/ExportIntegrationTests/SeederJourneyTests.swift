import ExportSeeder
import Testing

extension SeederSeededTests {
    /// The journeys, their statuses, optional values and times.
    @Suite struct Journeys {
        @Test func loadsExactlyTheReportedRowsIntoEveryTable() async throws {
            let seeded = try SeederSeededTests.seeded()
            #expect(seeded.report.tables.count == 12)
            for table in ["carpool_v2.carpools", "carpool_v2.status", "carpool_v2.geo"] {
                #expect(seeded.report.rows(in: table) == 5_000, "\(table)")
            }
            for entry in seeded.report.tables {
                #expect(try await seeded.count(entry.table, where: "true") == entry.rows, "\(entry.table)")
                #expect(entry.rows > 0, "\(entry.table) is empty")
            }
        }

        @Test func representsEveryStatusValue() async throws {
            let seeded = try SeederSeededTests.seeded()
            #expect(try await seeded.integer("SELECT count(DISTINCT acquisition_status) FROM carpool_v2.status") == 7)
            #expect(try await seeded.integer("SELECT count(DISTINCT fraud_status) FROM carpool_v2.status") == 3)
            #expect(try await seeded.integer("SELECT count(DISTINCT anomaly_status) FROM carpool_v2.status") == 3)
            #expect(try await seeded.integer("SELECT count(DISTINCT status) FROM policy.incentives") == 5)
        }

        @Test func keepsMostJourneysProcessedAndPassed() async throws {
            let share = try await SeederSeededTests.seeded().double(
                """
                SELECT avg((acquisition_status = 'processed' AND fraud_status = 'passed'
                    AND anomaly_status = 'passed')::int)::float8 FROM carpool_v2.status
                """)
            #expect((0.75...0.92).contains(share), "ok share \(share)")
        }

        @Test func groupsTwoOrThreePassengersUnderOneTripIDAndLeavesSomeTripIDsNull() async throws {
            let seeded = try SeederSeededTests.seeded()
            let groups = """
                SELECT count(*) AS size FROM carpool_v2.carpools WHERE operator_trip_id IS NOT NULL
                GROUP BY operator_id, operator_trip_id
                """
            #expect(try await seeded.integer("SELECT count(*) FROM (\(groups)) g WHERE size >= 2") > 100)
            #expect(try await seeded.integer("SELECT max(size) FROM (\(groups)) g") == 3)
            #expect(try await seeded.count("carpool_v2.carpools", where: "operator_trip_id IS NULL") > 0)
        }

        @Test(arguments: [
            ("carpool_v2.carpools", "passenger_contribution"), ("carpool_v2.carpools", "driver_revenue"),
            ("carpool_v2.carpools", "driver_operator_user_id"), ("carpool_v2.carpools", "passenger_operator_user_id"),
            ("carpool_v2.carpools", "passenger_identity_key"), ("carpool_v2.geo", "start_geo_code"),
            ("carpool_v2.geo", "end_geo_code"),
        ])
        func leavesOptionalValuesNullSometimes(table: String, column: String) async throws {
            let count = try await SeederSeededTests.seeded().count(table, where: "\(column) IS NULL")
            #expect((1...500).contains(count), "\(count) rows")
        }

        @Test func startsTripsAtEveryHourAtFiveToMidnightAndOnTenMinuteBoundaries() async throws {
            let seeded = try SeederSeededTests.seeded()
            let local = "(start_datetime AT TIME ZONE 'Europe/Paris')"
            let hours = "SELECT count(DISTINCT extract(hour FROM \(local))) FROM carpool_v2.carpools"
            #expect(try await seeded.integer(hours) == 24)
            #expect(try await seeded.count("carpool_v2.carpools", where: "\(local)::time = '23:55'") > 20)
            let roundTen = "extract(minute FROM \(local))::int % 10 = 0 AND extract(second FROM \(local)) = 0"
            #expect(try await seeded.count("carpool_v2.carpools", where: roundTen) > 50)
        }

        @Test(arguments: [
            ("2026-10-25 00:00+00", "2026-10-25 01:00+00"), ("2026-10-25 01:00+00", "2026-10-25 02:00+00"),
            ("2026-03-29 00:00+00", "2026-03-29 02:00+00"),
        ])
        func startsTripsOnBothClockChangeNights(from: String, to: String) async throws {
            let during = "start_datetime >= $1::timestamptz AND start_datetime < $2::timestamptz"
            #expect(try await SeederSeededTests.seeded().count("carpool_v2.carpools", where: during, [from, to]) > 0)
        }

        @Test func keepsDurationsDistancesAndPositionsConsistent() async throws {
            let seeded = try SeederSeededTests.seeded()
            let duration = "extract(epoch FROM end_datetime - start_datetime)"
            #expect(try await seeded.count("carpool_v2.carpools", where: "\(duration) NOT BETWEEN 300 AND 7200") == 0)
            let fastest = try await seeded.double(
                "SELECT max(distance / \(duration) * 3.6)::float8 FROM carpool_v2.carpools")
            #expect(fastest < 140, "fastest journey \(fastest) km/h")
            let outside = """
                start_lat NOT BETWEEN 41 AND 51.5 OR end_lat NOT BETWEEN 41 AND 51.5
                    OR start_lon NOT BETWEEN -5 AND 9.6 OR end_lon NOT BETWEEN -5 AND 9.6
                """
            #expect(try await seeded.count("carpool_v2.carpools", where: outside) == 0)
            #expect(try await seeded.count("carpool_v2.carpools", where: "start_lon < 0") > 0)
        }
    }
}
