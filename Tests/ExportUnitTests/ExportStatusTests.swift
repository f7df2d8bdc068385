import ExportModels
import ExportStore
import Testing

/// The statuses of docs/queue.md §1: each classified once, and written into statements as the
/// enum spells them.
@Suite struct ExportStatusTests {
    @Test func everyStatusIsEitherUnfinishedOrFinishedNeverBoth() {
        for status in ExportStatus.allCases {
            let sets = [ExportStatus.unfinished.contains(status), ExportStatus.finished.contains(status)]
            #expect(sets.filter { $0 }.count == 1, "\(status) must be in exactly one of unfinished and finished")
            #expect(status.isFinished == ExportStatus.finished.contains(status))
        }
        #expect(ExportStatus.unfinished.count + ExportStatus.finished.count == ExportStatus.allCases.count)
    }

    @Test func runningStatusesAreTheUnfinishedOnesButPending() {
        #expect(Set(ExportStatus.running) == Set(ExportStatus.unfinished).subtracting([.pending]))
    }

    @Test func statusesAreWrittenAsPlainSQLLiterals() {
        for status in ExportStatus.allCases {
            #expect(status.rawValue.allSatisfy { ("a"..."z").contains($0) }, "\(status) must need no escaping")
        }
        #expect(ExportStatus.pending.sql == "'pending'")
        #expect(ExportStatus.running.sql == "('processing', 'uploading', 'sending')")
    }
}
