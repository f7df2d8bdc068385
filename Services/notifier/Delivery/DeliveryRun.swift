import ExportLogging
import ExportModels
import ExportStore
import Foundation
import Logging
import ServiceLifecycle

/// One pass over the outbox: every due row is claimed, rendered and handed to the transport,
/// then recorded (`sent` only after the transport accepted it); then the grouped support e-mail
/// when one is due. Safe with several notifiers at once (rows are claimed with SKIP LOCKED).
struct DeliveryRun: Sendable {
    let delivery: NotificationDelivery
    let composer: MailComposer
    let transport: any MailTransport
    /// `SUPPORT_EMAIL_INTERVAL`: at most one support e-mail per this many seconds.
    let supportIntervalSeconds: Int
    /// `NOTIFIER_MAX_ATTEMPTS`: tries before a temporary failure is final.
    let maxAttempts: Int
    let metrics: DeliveryMetrics
    let logger: Logger
    /// Rows claimed at once. One: a row is claimed just before it is sent, so that no row waits
    /// in `sending` behind others long enough to pass the claim time-out of a living notifier.
    var batchSize = 1

    /// Delivers everything due now and returns what it did; rows put back for later are not
    /// tried again in the same run. At graceful shutdown the rows already claimed are finished
    /// and no more are claimed.
    func deliverPending() async throws -> DeliveryReport {
        var report = DeliveryReport()
        while !Task.isShuttingDownGracefully {
            let rows = try await delivery.claim(limit: batchSize)
            if rows.isEmpty { break }
            for row in rows { report.add(try await deliver(row)) }
        }
        let batch = try await delivery.claimSupportBatch(intervalSeconds: supportIntervalSeconds)
        if !batch.isEmpty { report.add(try await deliverSupport(batch), count: batch.count) }
        return report
    }

    /// Renders and sends one recipient row, then records the outcome.
    private func deliver(_ row: PendingNotification) async throws -> DeliveryOutcome {
        let messageID = MessageIDs.forRow(row, domain: composer.sender.domain)
        let result: Result<Void, any Error>
        do {
            let mail = try await composer.compose(row)
            result = await Result(awaiting: { try await transport.deliver(mail) })
        } catch {
            result = .failure(error)
        }
        return try await record(
            result, ids: [row.id], messageID: messageID, kind: row.kind, attempt: row.attempts, uuids: [row.export.uuid]
        )
    }

    /// Renders and sends the support e-mail of `batch`, then records the outcome on every row.
    private func deliverSupport(_ batch: [PendingNotification]) async throws -> DeliveryOutcome {
        let messageID = MessageIDs.forSupportBatch(batch, domain: composer.sender.domain)
        let result = await Result(awaiting: { try await transport.deliver(try composer.composeSupport(batch)) })
        let attempt = batch.map(\.attempts).max() ?? 1
        return try await record(
            result, ids: batch.map(\.id), messageID: messageID, kind: .support, attempt: attempt,
            uuids: batch.map(\.export.uuid))
    }

    /// Marks the rows sent, failed (a refusal, or a temporary failure at the last allowed
    /// attempt) or due again after a backoff, counts and logs it.
    private func record(
        _ result: Result<Void, any Error>, ids: [Int64], messageID: String, kind: NotificationKind, attempt: Int,
        uuids: [UUID]
    ) async throws -> DeliveryOutcome {
        let outcome: DeliveryOutcome
        var retryDelay: Duration?
        switch result {
        case .success:
            try await persistently { try await delivery.markSent(ids, messageID: messageID, kind: kind) }
            outcome = .sent
        case .failure(let error) where Self.isFinal(error):
            try await persistently {
                try await delivery.markFailed(ids, messageID: messageID, error: "\(error)", kind: kind)
            }
            outcome = .failed
        case .failure(let error) where attempt >= maxAttempts:
            try await persistently {
                try await delivery.markFailed(
                    ids, messageID: messageID, error: "still failing after \(attempt) attempts: \(error)", kind: kind)
            }
            outcome = .failed
        case .failure(let error):
            let delay = RetryBackoff.seconds(afterAttempt: attempt)
            try await persistently {
                try await delivery.markForRetry(
                    ids, messageID: messageID, error: "\(error)", kind: kind, attempt: attempt, delaySeconds: delay)
            }
            retryDelay = .seconds(delay)
            outcome = .retried
        }
        var error: String?
        if case .failure(let failure) = result { error = AddressRedaction.redact(LogText.of(failure)) }
        metrics.record(outcome, kind: kind.rawValue, count: ids.count)
        logger.log(
            level: outcome == .sent ? .info : .warning, "e-mail \(outcome)",
            metadata: .fields([
                .notificationKind: kind.rawValue, .notificationIDs: ids, .exportUUID: uuids,
                .retryDelayMilliseconds: retryDelay, .error: error,
            ]))
        return outcome
    }
}

extension DeliveryRun {
    /// Runs a write recording a delivery again after a failure (a database blip), for up to half
    /// of `NOTIFIER_CLAIM_TIMEOUT`: the message's fate is already decided, and a row left
    /// `sending` would be claimed again after the time-out — sent twice when it was accepted.
    func persistently(_ write: () async throws -> Void) async throws {
        let deadline = ContinuousClock.now + .seconds(delivery.claimTimeoutSeconds) / 2
        var delay = Duration.milliseconds(100)
        while true {
            do {
                return try await write()
            } catch  where !Task.isCancelled && ContinuousClock.now + delay < deadline {
                logger.warning(
                    "could not record a delivery, trying again", metadata: .fields([.error: error]))
                try await Task.sleep(for: delay)
                delay = min(delay * 2, .seconds(5))
            }
        }
    }

    /// True for a refusal that trying again cannot change: a 5xx reply, an unusable row.
    static func isFinal(_ error: any Error) -> Bool {
        if case MailDeliveryError.permanent = error { return true }
        return error is MailComposer.UndeliverableError
    }
}

extension Result where Failure == any Error {
    /// The result of an async throwing body.
    init(awaiting body: () async throws -> Success) async {
        do {
            self = .success(try await body())
        } catch {
            self = .failure(error)
        }
    }
}
