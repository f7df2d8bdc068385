import ExportPostgres
import Foundation

/// Request bodies and upstream rows shared by the API tests.
enum APIFixtures {
    /// An RFC 3339 instant `days` days before now, at midnight UTC.
    static func instant(daysAgo days: Int) -> String {
        let day = Calendar(identifier: .gregorian).startOfDay(for: Date().addingTimeInterval(-Double(days) * 86_400))
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: day)
    }

    /// A create body for the period from 30 to 10 days ago, with extra members (`"format": "csv"`).
    static func body(_ extra: String = "") -> String {
        let members =
            [#""start_at": "\#(instant(daysAgo: 30))""#, #""end_at": "\#(instant(daysAgo: 10))""#]
            + (extra.isEmpty ? [] : [extra])
        return "{" + members.joined(separator: ", ") + "}"
    }

    /// Territory 3 (commune 91471), territory 4 without perimeter, two communes, and six trips
    /// 20 days ago: by operator 12, two processed from 91471 and one processed from Paris to
    /// 91471; by operator 13, two processed in Paris; one not processed from 91471.
    static func seedUpstream(_ pool: PostgresPool) async throws {
        try await pool.withConnection { connection in
            try await connection.executeScript(
                """
                INSERT INTO territory.territory_group (_id, name) VALUES (3, 'Orsay'), (4, 'Sans périmètre');
                INSERT INTO territory.territory_group_selector VALUES (3, 'com', '91471');
                INSERT INTO geo.perimeters (year, arr, com, epci, dep, reg, country)
                VALUES (2023, '91471', '91471', '200056232', '91', '11', 'XXXXX'),
                       (2024, '91471', '91471', '200056232', '91', '11', 'XXXXX'),
                       (2024, '75056', '75056', '200054781', '75', '11', 'XXXXX');
                """)
            let start = Date().addingTimeInterval(-20 * 86_400)
            let trips: [(Int, String, String)] = [
                (12, "91471", "processed"), (12, "91471", "processed"), (12, "75056", "processed"),
                (13, "75056", "processed"), (13, "75056", "processed"), (12, "91471", "received"),
            ]
            for (index, trip) in trips.enumerated() {
                let id = Int64(index + 1)
                try await connection.execute(
                    """
                    INSERT INTO carpool_v2.carpools (_id, legacy_id, operator_id, operator_journey_id, operator_class,
                        start_datetime, end_datetime, start_lat, start_lon, end_lat, end_lon)
                    VALUES ($1, $1, $2, $4, 'C', $3, $3, 48.7, 2.2, 48.8, 2.3)
                    """, [id, trip.0, start, "journey-\(id)"])
                try await connection.execute(
                    "INSERT INTO carpool_v2.status (carpool_id, acquisition_status) VALUES ($1, $2)", [id, trip.2])
                let end = index == 2 ? "91471" : trip.1
                try await connection.execute(
                    "INSERT INTO carpool_v2.geo (carpool_id, start_geo_code, end_geo_code) VALUES ($1, $2, $3)",
                    [id, trip.1, end])
            }
        }
    }

    /// Marks the export `uuid` built: status `success`, a small file in the local store,
    /// expiring at `expiresAt` (a day from now by default).
    static func markBuilt(
        _ uuid: String, server: APITestServer, expiresAt: Date = Date().addingTimeInterval(86_400)
    ) async throws {
        let key = "exports/\(uuid)/rpc-export-\(uuid.prefix(8)).zip"
        let path = server.storageDirectory + "/" + key
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("PK-test-file".utf8).write(to: URL(fileURLWithPath: path))
        try await server.pool.execute(
            """
            UPDATE export.exports SET status = 'success', file_key = $2, expires_at = $3, finished_at = now(),
                stats = '{"rows": 3, "sheets": 1, "file_size": 12, "duration_ms": 5}'
            WHERE uuid = $1
            """, [UUID(uuidString: uuid)!, key, expiresAt])
    }
}
