import ExportModels
import ExportTrips
import Foundation
import Testing

/// The column configuration shipped in `config/fields.json` and its checks.
@Suite struct FieldsConfigurationTests {
    /// The repository's file, found from this source file's path.
    private var shippedFile: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("config/fields.json").path
    }

    @Test func shipsEveryColumnInOrderWithAFrenchDescription() throws {
        let configuration = try FieldConfiguration.load(path: shippedFile)
        #expect(configuration.fields.map(\.column) == TripColumn.allCases)
        #expect(configuration.fields.allSatisfy { !$0.description.isEmpty && !$0.unit.isEmpty })
    }

    @Test func operatorFilesLeaveOutTheOperatorColumn() throws {
        let configuration = try FieldConfiguration.load(path: shippedFile)
        #expect(configuration.fields(for: .operator).count == 64)
        #expect(!configuration.fields(for: .operator).contains { $0.column == .operator })
        #expect(configuration.fields(for: .territory).count == 65)
        #expect(configuration.fields(for: .registry).count == 65)
    }

    @Test func refusesAnUnknownColumnNamingIt() {
        let json = #"{"columns": [{"name": "journey_idd", "description": "x"}], "exclude": {}}"#
        #expect(throws: FieldConfigurationError.unknownColumn("journey_idd")) {
            try FieldConfiguration.decode(Data(json.utf8))
        }
        let excluded = #"{"columns": [], "exclude": {"operator": ["operateur"]}}"#
        #expect(throws: FieldConfigurationError.unknownColumn("operateur")) {
            try FieldConfiguration.decode(Data(excluded.utf8))
        }
    }
}
