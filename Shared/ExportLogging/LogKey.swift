/// The metadata keys of the services' log lines: the vocabulary of docs/logs.md §2, one key per
/// fact. Metadata is written only through `Logger.Metadata.fields`, which takes these keys, so a
/// misspelt key does not compile; a test checks that docs/logs.md lists exactly these keys.
package enum LogKey: String, CaseIterable, Sendable {
    // An export and its build.
    case exportUUID = "export.uuid"
    case exportType = "export.type"
    case exportStatus = "export.status"
    case exportProgress = "export.progress"
    case exportAttempt = "export.attempt"
    case exportPhase = "export.phase"
    case leaseTrustMilliseconds = "lease.trust_ms"
    case reason
    case opendataMonth = "opendata.month"
    case opendataOutcome = "opendata.outcome"

    // The file built and where it is stored.
    case rows
    case bytes
    case sha1
    case countMilliseconds = "count_ms"
    case queryMilliseconds = "query_ms"
    case rowsMilliseconds = "rows_ms"
    case zipMilliseconds = "zip_ms"
    case uploadMilliseconds = "upload_ms"
    case storageKey = "storage.key"

    // Any operation.
    case durationMilliseconds = "duration_ms"
    case count
    case error
    case cause
    case retryAttempt = "retry.attempt"
    case retryDelayMilliseconds = "retry.delay_ms"

    // HTTP, the API's requests and the SMTP server.
    case requestID = "request.id"
    case httpMethod = "http.method"
    case httpRoute = "http.route"
    case httpStatus = "http.status"
    case httpHost = "http.host"
    case httpPath = "http.path"
    case smtpHost = "smtp.host"

    // E-mails.
    case notificationKind = "notification.kind"
    case notificationIDs = "notification.ids"
    case notificationQueued = "notification.queued"
    case notificationSent = "notification.sent"
    case notificationRetried = "notification.retried"
    case notificationFailed = "notification.failed"

    // Publication on data.gouv.fr.
    case datagouvOperation = "datagouv.operation"
    case datagouvResource = "datagouv.resource"
    case datagouvReplaced = "datagouv.replaced"

    // The janitor's pass.
    case janitorStep = "janitor.step"
    case janitorFailedSteps = "janitor.failed_steps"
    case janitorExpired = "janitor.expired"
    case janitorPurged = "janitor.purged"
    case janitorScrambled = "janitor.scrambled"
    case janitorOrphansDeleted = "janitor.orphans_deleted"
    case janitorUploadsAborted = "janitor.uploads_aborted"
    case janitorRecordsDeleted = "janitor.records_deleted"
    case janitorNotificationsDeleted = "janitor.notifications_deleted"
    case janitorIdempotencyKeysDeleted = "janitor.idempotency_keys_deleted"
    case janitorLeasesRescued = "janitor.leases_rescued"

    // Migrations and seeding.
    case migrationSet = "migration.set"
    case migrationName = "migration.name"
    case seedTrips = "seed.trips"
    case seedMonths = "seed.months"
    case seedRandom = "seed.random"
    case seedTable = "seed.table"
}
