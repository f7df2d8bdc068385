import Foundation

/// Hands a request body to libcurl piece by piece, from memory or from a region of a file.
final class RequestBodyReader {
    private enum Source {
        case memory(Data)
        case file(FileHandle)
    }

    private let source: Source
    private var position = 0
    private var remaining: Int64

    /// Opens the body; a file is opened and positioned at its region here, so that a missing
    /// file fails before anything is sent.
    init(_ body: HTTPRequestBody) throws {
        remaining = body.length
        switch body {
        case .empty:
            source = .memory(Data())
        case .data(let data):
            source = .memory(data)
        case .file(let path, let offset, _):
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            try handle.seek(toOffset: UInt64(offset))
            source = .file(handle)
        }
    }

    /// Copies the next bytes into `buffer` and returns how many; 0 at the end of the body.
    /// Throws when the file cannot be read or ends before its region does.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let wanted = Int(min(Int64(buffer.count), remaining))
        guard wanted > 0 else { return 0 }
        let chunk: Data
        switch source {
        case .memory(let data):
            let start = data.startIndex + position
            chunk = data[start..<start + wanted]
        case .file(let handle):
            chunk = try handle.read(upToCount: wanted) ?? Data()
            guard !chunk.isEmpty else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "file ended early"])
            }
        }
        chunk.copyBytes(to: buffer.bindMemory(to: UInt8.self), count: chunk.count)
        position += chunk.count
        remaining -= Int64(chunk.count)
        return chunk.count
    }
}
