package import ExportModels
package import Foundation

/// One column of the file configuration: its name, French description and unit or format
/// (for the help sheet), and its width in the XLSX.
package struct FieldDescription: Sendable, Equatable, Decodable {
    /// The column.
    package var column: TripColumn
    /// What the column holds, in French.
    package var description: String
    /// Its unit or format, in French (may be empty).
    package var unit: String
    /// Its width in characters in the XLSX.
    package var width: Double

    enum CodingKeys: String, CodingKey { case name, description, unit, width }

    /// Decodes a column, refusing a name that is not a known column.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .name)
        guard let column = TripColumn(rawValue: name) else { throw FieldConfigurationError.unknownColumn(name) }
        self.column = column
        description = try container.decode(String.self, forKey: .description)
        unit = try container.decodeIfPresent(String.self, forKey: .unit) ?? ""
        width = try container.decodeIfPresent(Double.self, forKey: .width) ?? 14
    }
}

/// A file configuration that cannot be used.
package enum FieldConfigurationError: Error, Equatable, CustomStringConvertible {
    /// A column name that no column has.
    case unknownColumn(String)
    /// An export type that no file has.
    case unknownType(String)
    /// A column listed twice.
    case duplicateColumn(String)

    /// One line naming the culprit.
    package var description: String {
        switch self {
        case .unknownColumn(let name): "EXPORT_FIELDS_FILE: unknown column \(name)"
        case .unknownType(let name): "EXPORT_FIELDS_FILE: unknown export type \(name)"
        case .duplicateColumn(let name): "EXPORT_FIELDS_FILE: column \(name) listed twice"
        }
    }
}

/// The columns of the trip files (`EXPORT_FIELDS_FILE`, docs/files.md §3): all of them in order, and
/// per export type the ones it leaves out.
package struct FieldConfiguration: Sendable, Equatable {
    /// Every column, in file order.
    package let fields: [FieldDescription]
    /// The columns each export type leaves out.
    package let excluded: [ExportType: Set<TripColumn>]

    /// Reads and checks the JSON file at `path`.
    package static func load(path: String) throws -> FieldConfiguration {
        try decode(Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Checks and decodes configuration JSON.
    package static func decode(_ json: Data) throws -> FieldConfiguration {
        let file = try JSONDecoder().decode(FieldFile.self, from: json)
        var seen = Set<TripColumn>()
        for field in file.columns where !seen.insert(field.column).inserted {
            throw FieldConfigurationError.duplicateColumn(field.column.rawValue)
        }
        var excluded: [ExportType: Set<TripColumn>] = [:]
        for (typeName, names) in file.exclude {
            guard let type = ExportType(rawValue: typeName) else { throw FieldConfigurationError.unknownType(typeName) }
            excluded[type] = Set(
                try names.map { name in
                    guard let column = TripColumn(rawValue: name) else {
                        throw FieldConfigurationError.unknownColumn(name)
                    }
                    return column
                })
        }
        return FieldConfiguration(fields: file.columns, excluded: excluded)
    }

    /// The columns of a file of `type`, in order.
    package func fields(for type: ExportType) -> [FieldDescription] {
        let left = excluded[type] ?? []
        return fields.filter { !left.contains($0.column) }
    }
}

/// The JSON shape of the file.
private struct FieldFile: Decodable {
    let columns: [FieldDescription]
    let exclude: [String: [String]]
}
