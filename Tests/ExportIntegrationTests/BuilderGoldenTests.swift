import ExportModels
import ExportPostgres
import ExportTrips
import Foundation
import Logging
import Testing

/// Builds files of every type and format from the hand-written dataset and compares every cell
/// read back by openpyxl or Python's csv module with the cells written by hand.
@Suite struct BuilderGoldenTests {
    /// 2025-01-01 00:00 and 2025-04-01 00:00 in Paris.
    static let period = (
        ISO8601DateFormatter().date(from: "2024-12-31T23:00:00Z")!,
        ISO8601DateFormatter().date(from: "2025-03-31T22:00:00Z")!
    )
    static let uuid = UUID(uuidString: "8F14E45F-CEEA-467F-A0E6-1D1E2F3A4B5C")!

    /// Loads the dataset in a database of its own, builds one export and reads its ZIP.
    private func build(
        _ type: ExportType, _ format: ExportFormat, operators: [Int] = [], geo: GeoSelector = GeoSelector()
    ) async throws -> (BuilderZipContents, TripExportFile) {
        try await TestDatabase.with("builder_golden") { pool, _ in
            try await BuilderGoldenData.load(into: pool)
            let work = FileManager.default.temporaryDirectory.appendingPathComponent("builder-\(UUID())").path
            let campaigns = work + "/campaigns"
            try FileManager.default.createDirectory(atPath: campaigns, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: work) }
            let campaignFile =
                #"{"policy_id": 459, "name": "Lyon covoit", "tz": "Europe/Paris", "#
                + #""start_date": "2025-01-01", "end_date": "2025-12-31", "booster_dates": ["2025-03-11"]}"#
            try campaignFile.write(toFile: campaigns + "/459.json", atomically: true, encoding: .utf8)
            let settings = TripFileSettings(
                fields: try FieldConfiguration.load(path: Self.repositoryFile("config/fields.json")),
                campaigns: try CampaignCalendar.load(directory: campaigns), workDirectory: work)
            let request = TripExportRequest(
                type: type,
                params: ExportParams(
                    startAt: Self.period.0, endAt: Self.period.1, operatorIDs: operators, geoSelector: geo),
                format: format, uuid: Self.uuid, generatedAt: Date(), expiresAt: Date().addingTimeInterval(7 * 86_400))
            let file = try await TripFileBuilder(pool: pool, settings: settings, logger: .quiet).build(request)
            defer { file.removeFiles() }
            return (try await BuilderZipContents.read(file.zipPath), file)
        }
    }

    /// A file of the repository.
    static func repositoryFile(_ path: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(path).path
    }

    /// The column names of `type`.
    private func columns(_ type: ExportType) throws -> [String] {
        try FieldConfiguration.load(path: Self.repositoryFile("config/fields.json")).fields(for: type)
            .map(\.column.rawValue)
    }

    /// Checks an XLSX export: one data sheet with `trips`, then `Aide`.
    private func expectWorkbook(_ contents: BuilderZipContents, _ type: ExportType, trips: [[String: String]]) throws {
        let names = try columns(type)
        let baseName = "rpc-export-\(type.rawValue)-2025-01-01-2025-04-01-8f14e45f"
        #expect(contents.names == ["LISEZMOI.txt", "\(baseName).xlsx"])
        #expect(contents.methods["\(baseName).xlsx"] == 0)
        #expect(contents.sheetNames == ["Trajets", "Aide"])
        let sheet = try #require(contents.sheets?["Trajets"])
        #expect(sheet.first == names.map { "s:\($0)" })
        try #require(sheet.count == trips.count + 1)
        for (index, trip) in trips.enumerated() {
            let expected = BuilderGoldenCells.row(trip, columns: names)
            let actual = sheet[index + 1] + Array(repeating: nil, count: max(0, names.count - sheet[index + 1].count))
            for (column, name) in names.enumerated() where actual[column] != expected[column] {
                Issue.record("row \(index + 1) \(name): \(actual[column] ?? "empty") ≠ \(expected[column] ?? "empty")")
            }
        }
        let layout = try #require(contents.layout?["Trajets"])
        #expect(layout["bold"] == "True")
        #expect(layout["freeze"] == "A2")
        #expect(layout["filter"]?.hasPrefix("A1:") == true)
        let help = try #require(contents.sheets?["Aide"])
        #expect(help.contains { $0.first == "s:Colonne" })
        #expect(
            help.filter { $0.count >= 3 && names.contains(String(($0[0] ?? "").dropFirst(2))) }.count == names.count)
        #expect(contents.readme.contains("Nombre de lignes : \(trips.count)"))
        let scope = Dictionary(help.filter { $0.count > 1 }.map { ($0[0] ?? "", $0[1] ?? "") }) { first, _ in first }
        #expect(scope["s:Référence de l'export"] == "s:8f14e45f-ceea-467f-a0e6-1d1e2f3a4b5c")
        #expect(scope["s:Paramètres de la demande"]?.contains("\"start_at\":\"2024-12-31T23:00:00Z\"") == true)
        #expect(help.contains { $0.first == "s:Date de génération" })
        let properties = try #require(contents.properties)
        let label = [ExportType.operator: "opérateur", .territory: "territoire", .registry: "registre"][type] ?? ""
        #expect(properties["title"] == "Export \(label) des trajets de covoiturage")
        #expect(properties["subject"]?.hasPrefix("Trajets du 2025-01-01 00:00") == true)
        #expect(properties["creator"] == "Registre de preuve de covoiturage")
        if !trips.isEmpty {
            let formats = try #require(contents.formats?["Trajets"])
            #expect(formats["driver_revenue"] != nil, "the dataset has amounts")
            for name in names where formats[name] != nil {
                let isAmount = ["driver_revenue", "passenger_contribution"].contains(name) || name.hasSuffix("_amount")
                #expect(
                    (formats[name] == #"#,##0.00\ "€""#) == isAmount,
                    "\(name): \(formats[name] ?? "no format")")
            }
        }
    }

    /// Checks a CSV export of `trips`.
    private func expectCSV(_ contents: BuilderZipContents, _ type: ExportType, trips: [[String: String]]) throws {
        let names = try columns(type)
        let baseName = "rpc-export-\(type.rawValue)-2025-01-01-2025-04-01-8f14e45f"
        #expect(contents.names == ["\(baseName).csv", "LISEZMOI.txt"])
        #expect(contents.methods["\(baseName).csv"] == 8)
        #expect(contents.csvHasBOM == false)
        #expect(contents.csvCRLF == true)
        let rows = try #require(contents.csvRows)
        #expect(rows.first == names)
        try #require(rows.count == trips.count + 1)
        for (index, trip) in trips.enumerated() {
            let expected = BuilderGoldenCells.csvRow(trip, columns: names)
            for (column, name) in names.enumerated() where rows[index + 1][column] != expected[column] {
                Issue.record("row \(index + 1) \(name): \(rows[index + 1][column]) ≠ \(expected[column])")
            }
        }
        #expect(contents.readme.contains("Nombre de lignes : \(trips.count)"))
        #expect(
            contents.readme.contains("destiné aux programmes") && contents.readme.contains("« Texte »"),
            "LISEZMOI says how to open the CSV safely in a spreadsheet")
        for advice in ["UTF-8 (Unicode)", "point-virgule « ; »", "séparateur décimal : le point « . »"] {
            #expect(contents.readme.contains(advice), "LISEZMOI says how to open it in French: \(advice)")
        }
    }

    static let everyTrip = [
        BuilderGoldenCells.trip1001, BuilderGoldenCells.trip1003, BuilderGoldenCells.trip1002,
        BuilderGoldenCells.trip1006, BuilderGoldenCells.trip1005, BuilderGoldenCells.trip1004,
    ]
    static let operatorOneTrips = everyTrip.filter { $0["operator"] == "s:Covoit Express" }
    static let ainTrips = [BuilderGoldenCells.trip1002, BuilderGoldenCells.trip1004]

    @Test func registryWorkbookHoldsEveryProcessedTripOfThePeriod() async throws {
        try expectWorkbook(try await build(.registry, .xlsx).0, .registry, trips: Self.everyTrip)
    }

    @Test func registryCSVHoldsEveryProcessedTripOfThePeriod() async throws {
        try expectCSV(try await build(.registry, .csv).0, .registry, trips: Self.everyTrip)
    }

    @Test(arguments: ExportFormat.allCases)
    func operatorFileHasItsOwnTripsWithoutTheOperatorColumn(format: ExportFormat) async throws {
        let (contents, _) = try await build(.operator, format, operators: [1])
        let check = format == .xlsx ? expectWorkbook : expectCSV
        try check(contents, .operator, Self.operatorOneTrips)
    }

    @Test(arguments: ExportFormat.allCases)
    func territoryFileHasTripsStartingOrEndingInItsPerimeter(format: ExportFormat) async throws {
        let (contents, _) = try await build(.territory, format, geo: GeoSelector([.dep: ["01"]]))
        let check = format == .xlsx ? expectWorkbook : expectCSV
        try check(contents, .territory, Self.ainTrips)
    }
}
