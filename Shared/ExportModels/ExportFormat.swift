import Foundation

/// The format of the data file inside the ZIP.
package enum ExportFormat: String, Sendable, Codable, CaseIterable {
    /// Excel workbook, for people.
    case xlsx
    /// `;`-separated text, for programs.
    case csv
}
