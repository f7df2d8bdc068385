import CIsal

/// A raw DEFLATE stream (RFC 1951, as a ZIP entry holds it) compressed by ISA-L's igzip: at its
/// level 1 about six times as fast as zlib's level 1 on the sheets' XML, and smaller
/// (docs/files.md §12). Input is given in pieces of any size; compressed bytes are handed out
/// as they come, through a buffer of `outputCapacity` bytes. Not thread-safe: one owner.
final class RawDeflater {
    /// The highest igzip level.
    static let maximumLevel = 3
    private static let outputCapacity = 1 << 18
    private let stream: UnsafeMutableRawPointer
    private let output: UnsafeMutablePointer<UInt8>
    /// The archive being written, for errors.
    private let path: String

    /// A stream at igzip `level` (1–3) for an entry of the archive at `path`.
    init(level: Int, path: String) throws {
        guard (1...Self.maximumLevel).contains(level), let stream = cisal_deflate_create(Int32(level)) else {
            throw ZipError(
                operation: "start a deflate stream at level \(level) (1-\(Self.maximumLevel))", code: nil, path: path)
        }
        self.stream = stream
        self.path = path
        output = .allocate(capacity: Self.outputCapacity)
    }

    deinit {
        cisal_deflate_free(stream)
        output.deallocate()
    }

    /// Compresses `input`, handing every full buffer of compressed bytes to `emit`.
    func compress(_ input: UnsafeRawBufferPointer, emit: (UnsafeRawBufferPointer) throws -> Void) throws {
        var offset = 0
        while offset < input.count {
            let piece = min(input.count - offset, Int(UInt32.max / 2))
            let step = try deflate(UnsafeRawBufferPointer(rebasing: input[offset..<offset + piece]), last: false)
            if step.produced > 0 { try emit(UnsafeRawBufferPointer(start: output, count: step.produced)) }
            offset += step.consumed
        }
    }

    /// Ends the stream, handing the last compressed bytes to `emit`.
    func finish(emit: (UnsafeRawBufferPointer) throws -> Void) throws {
        var finished = false
        while !finished {
            let step = try deflate(UnsafeRawBufferPointer(start: nil, count: 0), last: true)
            if step.produced > 0 { try emit(UnsafeRawBufferPointer(start: output, count: step.produced)) }
            finished = step.finished
        }
    }

    /// One call of igzip into the output buffer.
    private func deflate(_ input: UnsafeRawBufferPointer, last: Bool) throws -> (
        consumed: Int, produced: Int, finished: Bool
    ) {
        var consumed: UInt32 = 0
        var produced: UInt32 = 0
        var finished: Int32 = 0
        let status = cisal_deflate(
            stream, input.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt32(input.count), last ? 1 : 0, output,
            UInt32(Self.outputCapacity), &consumed, &produced, &finished)
        guard status == COMP_OK else { throw ZipError(operation: "deflate (igzip \(status))", code: nil, path: path) }
        return (Int(consumed), Int(produced), finished != 0)
    }
}
