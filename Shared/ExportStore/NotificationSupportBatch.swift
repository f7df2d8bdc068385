import ExportPostgres

extension NotificationDelivery {
    /// Claims the waiting support rows as one batch, for the grouped support e-mail (docs/emails.md
    /// §6): nothing while a support e-mail was sent less than `intervalSeconds` ago or another
    /// notifier is sending one, nor while no waiting row is due. A batch left `sending` by a
    /// notifier that died is claimed again alone — the SMTP server may have accepted it, and the
    /// same rows give the same Message-ID — and new rows wait for the next batch; otherwise the
    /// rows due (`next_attempt_at` passed) are claimed. An advisory lock serialises the check
    /// and the claim between notifiers, so that two never send a support e-mail each.
    package func claimSupportBatch(intervalSeconds: Int) async throws -> [PendingNotification] {
        try await pool.withTransaction { connection in
            try await connection.execute("SELECT pg_advisory_xact_lock(hashtext('export.notifications support'))")
            let ready = try await connection.queryFirst(
                """
                SELECT EXISTS (
                    SELECT 1 FROM export.notifications WHERE kind = \(NotificationKind.support.sql) AND (
                        (state = \(NotificationState.pending.sql) AND next_attempt_at <= now())
                        OR (state = \(NotificationState.sending.sql) AND locked_at < now() - make_interval(secs => $2))))
                AND NOT EXISTS (
                    SELECT 1 FROM export.notifications WHERE kind = \(NotificationKind.support.sql) AND (
                        (state = \(NotificationState.sent.sql) AND sent_at > now() - make_interval(secs => $1))
                        OR (state = \(NotificationState.sending.sql) AND locked_at >= now() - make_interval(secs => $2))))
                """, [intervalSeconds, claimTimeoutSeconds])
            guard let ready, try ready.decode(Bool.self) else { return [] }
            let rows = try await connection.query(
                """
                WITH claimed AS (
                    UPDATE export.notifications AS n
                    SET state = \(NotificationState.sending.sql), locked_by = $1, locked_at = now(), attempts = n.attempts + 1
                    WHERE n.kind = \(NotificationKind.support.sql) AND CASE
                        WHEN EXISTS (SELECT 1 FROM export.notifications WHERE kind = \(NotificationKind.support.sql) AND state = \(NotificationState.sending.sql))
                        THEN n.state = \(NotificationState.sending.sql)
                        ELSE n.state = \(NotificationState.pending.sql) AND n.next_attempt_at <= now() END
                    RETURNING n._id, n.export_id, n.recipient_id, n.kind, n.attempts, n.created_at, n.payload
                )
                SELECT \(ExportColumns.list), \(Self.notificationColumns)
                FROM claimed c JOIN export.exports e ON e._id = c.export_id
                LEFT JOIN export.recipients r ON r._id = c.recipient_id
                ORDER BY c._id
                """, [worker])
            return try rows.map(Self.decode)
        }
    }
}
