import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Shows a command's progress on standard error (docs/commands.md §4): on a terminal, one line
/// redrawn in place with `\r`; otherwise (a pipe, `docker logs`, a CI log) one plain line each
/// time the text changes, so that the log reads line by line without carriage returns.
package final class ProgressDisplay: Sendable {
    private let redraws: Bool
    private let output: @Sendable (String) -> Void
    private let last = Mutex<String?>(nil)

    /// A display on standard error, redrawn when standard error is a terminal.
    package convenience init() {
        self.init(redraws: isatty(STDERR_FILENO) == 1) { FileHandle.standardError.write(Data($0.utf8)) }
    }

    /// A display that redraws or not, writing to `output` (tests).
    package init(redraws: Bool, output: @escaping @Sendable (String) -> Void) {
        self.redraws = redraws
        self.output = output
    }

    /// Shows `text`; `finished` ends the line.
    package func show(_ text: String, finished: Bool = false) {
        let changed = last.withLock { last in
            defer { last = text }
            return last != text
        }
        if redraws {
            output("\r\(text)" + (finished ? "\n" : ""))
        } else if changed {
            output(text + "\n")
        }
    }
}
