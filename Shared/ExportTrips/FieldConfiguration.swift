package import ExportModels
package import Foundation

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
