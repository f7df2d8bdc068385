import Foundation

/// Collects a response as libcurl delivers it: the header lines of the final response and the
/// body, kept in memory or written to a file.
final class ResponseCollector {
    private let destination: HTTPResponseBodyDestination
    private var file: FileHandle?
    private(set) var status = 0
    private(set) var headers = HTTPHeaders()
    private(set) var body = Data()

    init(destination: HTTPResponseBodyDestination) {
        self.destination = destination
    }

    /// Takes one header line (`HTTP/1.1 200 OK`, `Name: value` or the empty line that ends the
    /// block). A status line starts a new response, dropping the fields of an interim one.
    func receiveHeaderLine(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("HTTP/") {
            let parts = trimmed.split(separator: " ", maxSplits: 2)
            status = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
            headers = HTTPHeaders()
        } else if let colon = trimmed.firstIndex(of: ":") {
            let name = String(trimmed[..<colon])
            let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers.add(name: name, value: value)
        }
    }

    /// Stores a piece of the body: into the destination file for a 2xx response, in memory
    /// otherwise.
    func receiveBody(_ bytes: UnsafeRawBufferPointer) throws {
        guard case .file(let path) = destination, (200..<300).contains(status) else {
            body.append(contentsOf: bytes)
            return
        }
        let handle = try file ?? openDestination(path)
        try handle.write(contentsOf: bytes)
    }

    /// Completes the destination file after a successful transfer: a 2xx response without body
    /// still leaves an (empty) file, like any other 2xx response.
    func finish() throws {
        guard case .file(let path) = destination, (200..<300).contains(status) else { return }
        let handle = try file ?? openDestination(path)
        try handle.close()
        file = nil
    }

    /// Closes and removes a partly written destination file after a failed transfer.
    func discard() {
        guard case .file(let path) = destination, let handle = file else { return }
        try? handle.close()
        file = nil
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Creates (or truncates) the destination file and keeps it open for the body.
    private func openDestination(_ path: String) throws -> FileHandle {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        file = handle
        return handle
    }
}
