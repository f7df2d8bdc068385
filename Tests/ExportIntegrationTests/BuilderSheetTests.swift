import ExportModels
import ExportPostgres
import ExportTrips
import Foundation
import Testing

/// Sheet rollover, empty exports and scratch files.
@Suite struct BuilderSheetTests {
    /// Builds a registry XLSX of the golden dataset with `settings` changes and reads it.
    private func build(
        sheetMaxRows: Int = 1_048_575, start: Date = BuilderGoldenTests.period.0, tz: String = "Europe/Paris",
        work: String
    ) async throws -> BuilderZipContents {
        try await TestDatabase.with("builder_sheets") { pool, _ in
            try await BuilderGoldenData.load(into: pool)
            let settings = TripFileSettings(
                fields: try FieldConfiguration.load(path: BuilderGoldenTests.repositoryFile("config/fields.json")),
                campaigns: try CampaignCalendar(boosterDates: [:]), workDirectory: work, sheetMaxRows: sheetMaxRows)
            let request = TripExportRequest(
                type: .registry, params: ExportParams(startAt: start, endAt: BuilderGoldenTests.period.1, tz: tz),
                format: .xlsx, uuid: UUID(), generatedAt: Date(), expiresAt: Date().addingTimeInterval(86_400))
            let file = try await TripFileBuilder(pool: pool, settings: settings, logger: .quiet).build(request)
            defer { file.removeFiles() }
            #expect(file.sheets == (file.rows + sheetMaxRows - 1) / sheetMaxRows || file.rows == 0)
            return try await BuilderZipContents.read(file.zipPath)
        }
    }

    /// A scratch folder of the test's own, removed afterwards.
    private func withWorkDirectory<Result>(_ body: (String) async throws -> Result) async throws -> Result {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("builder-\(UUID())").path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        return try await body(work)
    }

    @Test func rowsPastTheSheetLimitGoToTheNextSheetsWithTheHeader() async throws {
        let contents = try await withWorkDirectory { try await build(sheetMaxRows: 4, work: $0) }
        #expect(contents.sheetNames == ["Trajets", "Trajets (2)", "Aide"])
        let first = try #require(contents.sheets?["Trajets"])
        let second = try #require(contents.sheets?["Trajets (2)"])
        #expect(first.count == 5)
        #expect(second.count == 3)
        #expect(first.first == second.first)
        #expect(first[1].first == "n:1001")
        #expect(second[1].first == "n:1005")
        #expect(second[2].first == "n:1004")
    }

    @Test func anExportWithoutRowsHasTheHeaderAndTheHelpSheet() async throws {
        let contents = try await withWorkDirectory { try await build(start: BuilderGoldenTests.period.1, work: $0) }
        #expect(contents.sheetNames == ["Trajets", "Aide"])
        #expect(contents.sheets?["Trajets"]?.count == 1)
        #expect(contents.readme.contains("Nombre de lignes : 0"))
    }

    @Test func aFailedBuildLeavesNoScratchFile() async throws {
        try await withWorkDirectory { work in
            await #expect(throws: TripFileError.self) { try await build(tz: "Mars/Olympus", work: work) }
            let left = try FileManager.default.contentsOfDirectory(atPath: work)
            #expect(left.isEmpty)
        }
    }
}
