import Foundation

/// Reads the open-data CSV back for the tests: `;` separator, RFC 4180 quoting, CRLF rows.
enum OpendataCSV {
    /// The rows of `text`, each a list of fields (the header first).
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text).makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let following = characters.next()
                    if following == "\"" {
                        field.append("\"")
                    } else {
                        quoted = false
                        pending = following
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ";":
                row.append(field)
                field = ""
            case "\r\n", "\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
        return rows
    }

    /// The rows of the file at `path` as dictionaries keyed by the header's names.
    static func records(atPath path: String) throws -> (header: [String], records: [[String: String]]) {
        let rows = Self.rows(try String(contentsOfFile: path, encoding: .utf8))
        guard let header = rows.first else { return ([], []) }
        return (header, rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) })
    }
}
