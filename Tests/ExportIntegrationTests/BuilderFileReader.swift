import Foundation
import Testing

/// What an export's ZIP holds, read by Python (openpyxl for the XLSX, the csv module for the
/// CSV) so that the files are checked by a reader other than the code that wrote them.
struct BuilderZipContents: Decodable {
    /// Entry names, in archive order.
    let names: [String]
    /// Compression method per entry (0 stored, 8 deflated).
    let methods: [String: Int]
    /// `LISEZMOI.txt`.
    let readme: String
    /// Sheet names, in workbook order (XLSX).
    let sheetNames: [String]?
    /// Rows per sheet, each cell tagged (`s:` text, `n:` number, `b:` boolean, `dt:`, `d:`,
    /// `t:` date-times, dates, times, `dur:` seconds), nil for an empty cell (XLSX).
    let sheets: [String: [[String?]]]?
    /// Bold state of the header row's first cell, frozen pane and auto-filter per sheet (XLSX).
    let layout: [String: [String: String]]?
    /// Number format of each column's first non-empty data cell, by sheet and header (XLSX).
    let formats: [String: [String: String]]?
    /// The document properties `title`, `subject` and `creator` (XLSX).
    let properties: [String: String]?
    /// Parsed rows, header included (CSV).
    let csvRows: [[String]]?
    /// The CSV starts with a byte-order mark.
    let csvHasBOM: Bool?
    /// Every CSV line ends with CRLF.
    let csvCRLF: Bool?

    enum CodingKeys: String, CodingKey {
        case names, methods, readme
        case sheetNames = "sheet_names"
        case sheets, layout, formats, properties
        case csvRows = "csv_rows"
        case csvHasBOM = "csv_bom"
        case csvCRLF = "csv_crlf"
    }

    /// Reads the ZIP at `path` with `TEST_PYTHON`.
    static func read(_ path: String) async throws -> BuilderZipContents {
        let python = try TestEnvironment.require("TEST_PYTHON")
        let run = try await CommandRun.succeeding(program: python, ["-c", script, path])
        return try JSONDecoder().decode(BuilderZipContents.self, from: run.outputData)
    }

    private static let script = #"""
        import csv, datetime, io, json, sys, zipfile
        import openpyxl

        def tag(cell):
            v = cell.value
            if v is None: return None
            if isinstance(v, bool): return "b:" + ("true" if v else "false")
            if isinstance(v, datetime.timedelta): return "dur:%d" % round(v.total_seconds())
            if isinstance(v, datetime.time): return "t:" + v.strftime("%H:%M:%S")
            if isinstance(v, datetime.datetime):
                fmt = cell.number_format
                if fmt == "yyyy-mm-dd": return "d:" + v.strftime("%Y-%m-%d")
                if fmt == "hh:mm:ss": return "t:" + v.strftime("%H:%M:%S")
                return "dt:" + v.strftime("%Y-%m-%d %H:%M:%S")
            if isinstance(v, (int, float)): return "n:" + repr(v)
            return "s:" + v

        archive = zipfile.ZipFile(sys.argv[1])
        out = {"names": archive.namelist(),
               "methods": {i.filename: i.compress_type for i in archive.infolist()},
               "readme": archive.read("LISEZMOI.txt").decode("utf-8")}
        for name in archive.namelist():
            data = archive.read(name)
            if name.endswith(".xlsx"):
                book = openpyxl.load_workbook(io.BytesIO(data))
                out["sheet_names"] = book.sheetnames
                out["sheets"] = {s.title: [[tag(c) for c in row] for row in s.iter_rows()] for s in book.worksheets}
                out["layout"] = {s.title: {"bold": str(s.cell(1, 1).font.b), "freeze": str(s.freeze_panes),
                                           "filter": str(s.auto_filter.ref), "dimension": s.dimensions}
                                 for s in book.worksheets}
                out["formats"] = {s.title: {str(col[0].value): next(c.number_format for c in col[1:] if c.value is not None)
                                            for col in s.iter_cols() if any(c.value is not None for c in col[1:])}
                                  for s in book.worksheets}
                out["properties"] = {"title": book.properties.title, "subject": book.properties.subject,
                                     "creator": book.properties.creator}
            elif name.endswith(".csv"):
                text = data.decode("utf-8")
                out["csv_bom"] = text.startswith("\ufeff")
                out["csv_crlf"] = data.count(b"\n") == data.count(b"\r\n")
                out["csv_rows"] = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
        print(json.dumps(out))
        """#
}
