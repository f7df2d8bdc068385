import ExportFiles
import Foundation
import Testing

/// `ZipArchive`'s entries deflated by igzip and stored as they are, read back by Info-ZIP's
/// `unzip`, which checks every entry's CRC-32 and sizes against its bytes.
@Suite struct ZipArchiveDeflateTests {
    let folder = FileManager.default.temporaryDirectory.appending(path: "zip-archive-\(UUID().uuidString)")

    /// Runs `unzip` with `arguments`; its standard output, or an issue with its exit status.
    func unzip(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "unzip \(arguments.joined(separator: " ")) failed")
        return data
    }

    /// Sheet-like XML (compressible) mixed with pseudo-random bytes (not), 3 MiB in all: more than
    /// one buffer of compressed output.
    func content() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        var row = 0
        while bytes.count < 3 << 20 {
            bytes += Array(
                "<row><c t=\"inlineStr\"><is><t>Trajet \(row)</t></is></c><c><v>\(row * 7)</v></c></row>".utf8)
            if row % 50 == 0 { bytes += (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) } }
            row += 1
        }
        return bytes
    }

    @Test(arguments: [1, 2, 3]) func deflatedEntriesReadBackWithTheirCRC(level: Int) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appending(path: "test.zip").path
        let sheet = content()
        let archive = try ZipArchive(creatingAt: path)
        try archive.beginEntry("sheet.xml", compression: .deflated(level: level))
        var offset = 0
        var piece = 1
        while offset < sheet.count {
            let end = min(sheet.count, offset + piece)
            try sheet[offset..<end].withUnsafeBytes { try archive.write($0) }
            offset = end
            piece = piece * 3 + 1
        }
        try archive.endEntry()
        try archive.beginEntry("empty.txt", compression: .deflated(level: level))
        try archive.endEntry()
        try archive.beginEntry("stored.bin", compression: .stored)
        try archive.write(Array(sheet.prefix(100_000)))
        try archive.endEntry()
        try archive.close()

        _ = try unzip(["-tq", path])
        #expect(try unzip(["-p", path, "sheet.xml"]) == Data(sheet))
        #expect(try unzip(["-p", path, "empty.txt"]).isEmpty)
        #expect(try unzip(["-p", path, "stored.bin"]) == Data(sheet.prefix(100_000)))
        let compressed = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        #expect(compressed < sheet.count, "the XML was not compressed")
    }

    @Test(arguments: [0, 4, 9]) func aLevelOutsideIgzipsIsRefused(level: Int) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = try ZipArchive(creatingAt: folder.appending(path: "refused.zip").path)
        let error = #expect(throws: ZipError.self) {
            try archive.beginEntry("sheet.xml", compression: .deflated(level: level))
        }
        #expect(error?.description == "zip: start a deflate stream at level \(level) (1-3)")
    }
}
