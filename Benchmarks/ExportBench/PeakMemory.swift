import Foundation

/// The process's peak resident memory, from `/proc/self/status`, resettable between phases.
enum PeakMemory {
    /// The peak resident set size (`VmHWM`) in bytes since the start or the last reset.
    static func bytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
        return kilobytes * 1024
    }

    /// Starts a new peak from the current resident size (Linux `clear_refs` value 5).
    static func reset() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }
}
