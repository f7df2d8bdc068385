import ExportModels
import Foundation

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
