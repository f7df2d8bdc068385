/// Spreadsheet addressing helpers.
enum XlsxAddress {
    /// The letters of the 1-based column `index` (`1` → `A`, `65` → `BM`).
    static func columnLetters(_ index: Int) -> String {
        var index = index
        var letters: [Character] = []
        while index > 0 {
            let remainder = (index - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + remainder))), at: 0)
            index = (index - 1) / 26
        }
        return String(letters)
    }

    /// The range `A1:<last column><rows>`.
    static func range(columns: Int, rows: Int) -> String {
        "A1:\(columnLetters(max(columns, 1)))\(max(rows, 1))"
    }

    /// The name of data sheet `number` (1-based): `Trajets`, `Trajets (2)`…
    static func dataSheetName(_ base: String, number: Int) -> String {
        number == 1 ? base : "\(base) (\(number))"
    }
}
