import ExportModels
import ExportPostgres
import ExportTrips
import Foundation
import Testing

/// The XLSX as LibreOffice reads it: `soffice --headless --convert-to csv` on a built file gives
/// the same header and the same number of rows as openpyxl, and the values people read.
@Suite struct BuilderLibreOfficeTests {
    @Test func libreOfficeReadsEveryRowOfTheFirstSheet() async throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("builder-lo-\(UUID())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let zipPath = try await TestDatabase.with("builder_libreoffice") { pool, _ in
            try await BuilderGoldenData.load(into: pool)
            let settings = TripFileSettings(
                fields: try FieldConfiguration.load(path: BuilderGoldenTests.repositoryFile("config/fields.json")),
                campaigns: try CampaignCalendar(boosterDates: [:]), workDirectory: work.path)
            let request = TripExportRequest(
                type: .registry,
                params: ExportParams(startAt: BuilderGoldenTests.period.0, endAt: BuilderGoldenTests.period.1),
                format: .xlsx, uuid: UUID(), generatedAt: Date(), expiresAt: Date().addingTimeInterval(86_400))
            return try await TripFileBuilder(pool: pool, settings: settings, logger: .quiet).build(request).zipPath
        }
        let contents = try await BuilderZipContents.read(zipPath)
        let sheet = try #require(contents.sheets?["Trajets"])
        let xlsxName = try #require(contents.names.first { $0.hasSuffix(".xlsx") })
        _ = try await CommandRun.succeeding(
            program: "/usr/bin/unzip", ["-q", "-o", zipPath, xlsxName, "-d", work.path])

        _ = try await CommandRun.succeeding(
            program: "/usr/bin/soffice",
            [
                "-env:UserInstallation=file://\(work.path)/profile", "--headless", "--convert-to",
                "csv:Text - txt - csv (StarCalc):59,34,76,1", "--outdir", work.path,
                work.appendingPathComponent(xlsxName).path,
            ])
        let csvURL = work.appendingPathComponent(xlsxName.replacingOccurrences(of: ".xlsx", with: ".csv"))
        let lines = try String(contentsOf: csvURL, encoding: .utf8).split(whereSeparator: \.isNewline)
        #expect(lines.count == sheet.count)
        let header = lines.first.map {
            $0.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: ["\""]) }
        }
        #expect(header?.count == sheet.first?.count)
        #expect(header == sheet.first?.map { String($0?.dropFirst(2) ?? "") })
        #expect(lines.count > 1 && lines[1].hasPrefix("1001;"))
        #expect(lines.dropFirst().contains { $0.contains("€") }, "amounts show as euros (docs/files.md §12)")
    }
}
