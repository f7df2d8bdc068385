import ExportCrypto
import Foundation

/// One versioned SQL file.
package struct Migration: Sendable, Equatable {
    /// The set it belongs to.
    package let set: MigrationSet
    /// The version, the file name's leading digits (`0001`).
    package let version: String
    /// The file name without extension (`0001_export_schema`).
    package let name: String
    /// The SQL script.
    package let sql: String
    /// SHA-256 of the script, to notice an applied migration that was edited afterwards.
    package let checksum: String

    /// Reads every `NNNN_name.sql` file of `set` from the migrations shipped with this module, in version order.
    package static func bundled(_ set: MigrationSet) throws -> [Migration] {
        guard let root = Bundle.module.url(forResource: "Migrations", withExtension: nil) else {
            throw MigrationError.missingFiles("the Migrations folder is not in the module's resources")
        }
        let folder = root.appendingPathComponent(set.rawValue)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".sql") }
            .sorted()
        return try names.map { fileName in
            let name = String(fileName.dropLast(4))
            let version = String(name.prefix { $0.isNumber })
            guard !version.isEmpty else { throw MigrationError.missingFiles("\(fileName) has no version number") }
            let sql = try String(contentsOf: folder.appendingPathComponent(fileName), encoding: .utf8)
            return Migration(
                set: set, version: version, name: name, sql: sql,
                checksum: Hex.encode(SHA256.hash(utf8: sql)))
        }
    }
}
