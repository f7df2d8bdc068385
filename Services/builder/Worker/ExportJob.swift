import ExportConfiguration
import ExportLogging
import ExportModels
import ExportNotifierClient
import ExportRuntime
import ExportStore
import Logging
import ServiceLifecycle

/// One attempt at a claimed export, from the claim to its recorded end: the pipeline runs
/// beside the lease's heartbeat and its deadline, and a stop (cancelled, lease lost, shutdown,
/// too many rows, database unreachable) cancels it. The end is then written: success, failure
/// (retry or `error`), release at shutdown, or nothing when the export is no longer ours.
struct ExportJob: Sendable {
    let queue: ExportQueue
    let pipeline: ExportPipeline
    let settings: BuilderSettings
    let notifier: NotifierWakeUp
    let metrics: BuilderMetrics
    let erasure: UploadErasure
    let logger: Logger

    /// Runs the attempt holding `lease` on `record` to its end; never throws. `claimSentAt` is
    /// when the claim was sent: the lease is trusted from then on (`LeaseDeadline`).
    func run(_ lease: Lease, _ record: ExportRecord, claimSentAt: ContinuousClock.Instant = .now) async {
        let started = ContinuousClock.now
        logger.info(
            "export claimed",
            metadata: .fields([
                .exportUUID: lease.uuid, .exportType: record.type.rawValue, .exportAttempt: lease.attempt,
            ]))
        let uploadMark = UploadMark()
        let outcome = await attempt(
            lease, record, deadline: LeaseDeadline(renewedAt: claimSentAt, trust: settings.leaseTrust),
            uploadMark: uploadMark)
        await conclude(outcome, lease: lease, uploadMark: uploadMark, elapsed: ContinuousClock.now - started)
    }

    /// Runs the pipeline, the heartbeat, the lease's deadline and the stop watch together; the
    /// pipeline's success wins over a late stop, a stop wins over the failure it caused.
    private func attempt(
        _ lease: Lease, _ record: ExportRecord, deadline: LeaseDeadline, uploadMark: UploadMark
    ) async -> AttemptOutcome {
        let stop = StopSignal()
        let reporter = ProgressReporter(
            queue: queue, lease: lease, maxRows: record.type == .opendata ? nil : settings.limits.maxRows, stop: stop,
            deadline: deadline, logger: logger)
        let heartbeat = LeaseHeartbeat(
            queue: queue, lease: lease, interval: settings.heartbeatInterval, stop: stop, deadline: deadline,
            logger: logger)
        let finished = await withGracefulShutdownHandler {
            await withTaskGroup(of: AttemptOutcome?.self) { group in
                group.addTask { [pipeline] in
                    await pipeline.run(lease, record, upload: uploadMark) { progress in
                        MallocArenas.releaseFreePages()
                        await reporter.report(progress)
                    }
                }
                group.addTask {
                    await heartbeat.run()
                    return nil
                }
                group.addTask {
                    await deadline.waitUntilPassed()
                    guard !Task.isCancelled else { return nil }
                    logger.warning(
                        "database unreachable: no heartbeat for the lease time-out minus its margin, stopping",
                        metadata: .fields([.exportUUID: lease.uuid, .leaseTrustMilliseconds: deadline.trust]))
                    stop.raise(.unreachable)
                    return nil
                }
                group.addTask {
                    for await reason in stop.reasons {
                        logger.info(
                            "stopping the attempt", metadata: .fields([.exportUUID: lease.uuid, .reason: reason]))
                        return .stopped(reason)
                    }
                    return nil
                }
                var first: AttemptOutcome?
                while first == nil, let next = await group.next() { first = next }
                group.cancelAll()
                return first
            }
        } onGracefulShutdown: {
            stop.raise(.shutdown)
        }
        if let finished, case .succeeded = finished { return finished }
        if let reason = stop.reason { return .stopped(reason) }
        // Cancelled from outside (the service group stopping without a graceful shutdown):
        // the failure is ours, not the export's, so the attempt is given back.
        if Task.isCancelled { return .stopped(.shutdown) }
        return finished ?? .stopped(.lost)
    }

    /// Records how the attempt ended and wakes the notifier when e-mails were queued.
    private func conclude(_ outcome: AttemptOutcome, lease: Lease, uploadMark: UploadMark, elapsed: Duration) async {
        let metadata = Logger.Metadata.fields([.exportUUID: lease.uuid, .exportAttempt: lease.attempt])
        switch outcome {
        case .succeeded(let file, let rows, let upload):
            metrics.recordSuccess(rows: rows, duration: elapsed)
            logger.info(
                "export built and stored",
                metadata: metadata.adding([
                    .rows: rows, .bytes: file.size, .storageKey: file.key, .uploadMilliseconds: upload,
                ]))
            await notifier.wake(export: lease.uuid)
        case .failed(let failure, let detail):
            await recordFailure(failure, detail: detail, lease: lease, metadata: metadata)
        case .stopped(.tooManyRows(let rows)):
            let failure = ExportFailure(
                message:
                    "the export has \(rows) rows, more than the \(settings.limits.maxRows) allowed (EXPORT_MAX_ROWS)",
                phase: "count", retryable: false)
            await recordFailure(failure, detail: failure.message, lease: lease, metadata: metadata)
        case .stopped(let reason):
            let resolved = reason == .lost ? await lostOrCanceled(lease) : reason
            metrics.recordStop(resolved)
            await recordStop(resolved, lease: lease, metadata: metadata)
            if let key = uploadMark.key, resolved == .canceled || resolved == .lost {
                await erasure.eraseIfEnded(key: key, lease: lease, metadata: metadata)
            }
        }
    }

    /// Writes a failed attempt: a retry after a backoff, or the final `error` with its e-mails.
    private func recordFailure(
        _ failure: ExportFailure, detail: String, lease: Lease, metadata: Logger.Metadata
    ) async {
        let final = !failure.retryable || lease.attempt >= settings.queue.maxAttempts
        logger.error(
            final ? "export failed for good" : "export attempt failed, will retry",
            metadata: metadata.adding([.exportPhase: failure.phase, .error: detail]))
        do {
            try await queue.fail(lease, failure: failure, maxAttempts: settings.queue.maxAttempts)
            metrics.recordFailure(final: final)
            if final { await notifier.wake(export: lease.uuid) }
        } catch {
            logger.warning(
                "could not record the failure (export no longer held?)",
                metadata: .fields([.exportUUID: lease.uuid, .error: error]))
        }
    }

    /// A refused write means the export was cancelled or taken back; the heartbeat's reading
    /// of the status tells which (it writes nothing without the lease).
    private func lostOrCanceled(_ lease: Lease) async -> StopReason {
        (try? await queue.heartbeat(lease)) == .canceled ? .canceled : .lost
    }

    /// Logs a stop, and at shutdown gives the export back without spending the attempt.
    private func recordStop(_ reason: StopReason, lease: Lease, metadata: Logger.Metadata) async {
        switch reason {
        case .canceled:
            logger.info("export canceled during its build: nothing stored", metadata: metadata)
        case .lost:
            logger.warning("lease lost: the export is left to the builder that took it back", metadata: metadata)
        case .tooManyRows:
            return  // a final failure, written by `conclude`
        case .unreachable:
            logger.warning("attempt abandoned: the export is left to the lease rescue", metadata: metadata)
        case .shutdown where !lease.mayBeReleased:
            let failure = ExportFailure(
                message: "the build was interrupted by more than \(ExportQueue.maxReleases) shutdowns",
                phase: "shutdown")
            await recordFailure(failure, detail: failure.message, lease: lease, metadata: metadata)
        case .shutdown:
            do {
                try await queue.release(lease)
                logger.info("export released at shutdown", metadata: metadata)
            } catch {
                logger.warning(
                    "could not release the export at shutdown",
                    metadata: metadata.adding([.error: error]))
            }
        }
    }
}
