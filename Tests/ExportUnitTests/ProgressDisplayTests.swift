import ExportRuntime
import Synchronization
import Testing

/// The progress of `export:create --wait` and `opendata:publish` (docs/commands.md §4): redrawn with
/// `\r` on a terminal, plain lines otherwise (`docker logs`, pipes).
@Suite struct ProgressDisplayTests {
    /// What a display wrote, in order.
    final class Written: Sendable {
        let parts = Mutex<[String]>([])
        var text: String { parts.withLock { $0.joined() } }
    }

    @Test func writesPlainLinesOnlyWhenTheTextChangesOffATerminal() {
        let written = Written()
        let display = ProgressDisplay(redraws: false) { text in written.parts.withLock { $0.append(text) } }
        for text in ["[--] 0% running", "[--] 0% running", "[#-] 50% running", "[##] 100% success"] {
            display.show(text, finished: text.hasSuffix("success"))
        }
        #expect(written.text == "[--] 0% running\n[#-] 50% running\n[##] 100% success\n")
        #expect(!written.text.contains("\r"))
    }

    @Test func redrawsOneLineOnATerminal() {
        let written = Written()
        let display = ProgressDisplay(redraws: true) { text in written.parts.withLock { $0.append(text) } }
        display.show("[--] 0% running")
        display.show("[##] 100% success", finished: true)
        #expect(written.text == "\r[--] 0% running\r[##] 100% success\n")
    }
}
