import ExportLogging
import ExportStore
import ExportTrips
import Logging

/// Turns the file builder's progress into the export's `progress` (at most one write a
/// second, each renewing the lease and recorded in `deadline`) and stops the attempt when the count is above
/// `EXPORT_MAX_ROWS` or when the write finds the export cancelled or taken back.
actor ProgressReporter {
    private let queue: ExportQueue
    private let lease: Lease
    private let maxRows: Int?
    private let stop: StopSignal
    private let deadline: LeaseDeadline
    private let logger: Logger
    private var lastWrite: ContinuousClock.Instant?

    /// A reporter for the attempt holding `lease`; `maxRows` nil means no limit.
    init(queue: ExportQueue, lease: Lease, maxRows: Int?, stop: StopSignal, deadline: LeaseDeadline, logger: Logger) {
        self.queue = queue
        self.lease = lease
        self.maxRows = maxRows
        self.stop = stop
        self.deadline = deadline
        self.logger = logger
    }

    /// Handles one report of the file builder.
    func report(_ progress: TripExportProgress) async {
        if let maxRows, progress.rowsTotal > maxRows {
            stop.raise(.tooManyRows(progress.rowsTotal))
            return
        }
        let now = ContinuousClock.now
        if let lastWrite, now - lastWrite < .seconds(1) { return }
        lastWrite = now
        do {
            switch try await queue.heartbeat(lease, progress: progress.percent) {
            case .held: deadline.renewed(sentAt: now)
            case .canceled: stop.raise(.canceled)
            case .lost: stop.raise(.lost)
            }
        } catch {
            logger.warning(
                "could not record progress",
                metadata: .fields([.exportUUID: lease.uuid, .error: error]))
        }
    }
}
