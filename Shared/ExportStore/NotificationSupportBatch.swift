import ExportPostgres

extension NotificationDelivery {
    /// Claims every waiting support row as one batch, for the grouped support e-mail (docs/emails.md
    /// §6): nothing while a support e-mail was sent less than `intervalSeconds` ago or another
    /// notifier is sending one, nor while no waiting row is due. An advisory lock serialises the
    /// check and the claim between notifiers, so that two never send a support e-mail each.
    public func claimSupportBatch(intervalSeconds: Int) async throws -> [PendingNotification] {
        try await pool.withTransaction { connection in
            try await connection.execute("SELECT pg_advisory_xact_lock(hashtext('export.notifications support'))")
            let ready = try await connection.queryFirst(
                """
                SELECT EXISTS (
                    SELECT 1 FROM export.notifications WHERE kind = 'support' AND (
                        (state = 'pending' AND next_attempt_at <= now())
                        OR (state = 'sending' AND locked_at < now() - make_interval(secs => $2))))
                AND NOT EXISTS (
                    SELECT 1 FROM export.notifications WHERE kind = 'support' AND (
                        (state = 'sent' AND sent_at > now() - make_interval(secs => $1))
                        OR (state = 'sending' AND locked_at >= now() - make_interval(secs => $2))))
                """, [intervalSeconds, claimTimeoutSeconds])
            guard try ready?.decode(Bool.self, at: 0) == true else { return [] }
            let rows = try await connection.query(
                """
                WITH claimed AS (
                    UPDATE export.notifications AS n
                    SET state = 'sending', locked_by = $1, locked_at = now(), attempts = n.attempts + 1
                    WHERE n.kind = 'support' AND (n.state = 'pending' OR n.state = 'sending')
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
