-- pgbench script: exactly the statements a POST /v1/exports of a registry export sends
-- (Services/api/Ordering/ExportOrdering.swift, Shared/ExportStore/ExportRepository.swift), with
-- the same literal values as the benchmark's body and one of its users (run.sh sets `users`): the pending count read
-- without the lock, the row estimate on the upstream tables, then the transaction that locks the
-- user's creations and writes the export, its recipient, its `created` log and the notification
-- in one statement. The floor the API is compared with.
\set user random(1, :users)
SELECT count(*) FROM export.exports
WHERE created_by = 'bench-' || :user AND status IN ('pending', 'processing', 'uploading', 'sending');
SELECT count(*)
FROM carpool_v2.carpools c
JOIN carpool_v2.status s ON s.carpool_id = c._id
WHERE s.acquisition_status = 'processed'
  AND c.start_datetime >= now() - interval '30 days' AND c.start_datetime < now() - interval '10 days'
  AND (cardinality('{}'::int[]) = 0 OR c.operator_id = ANY('{}'::int[]));
BEGIN;
SELECT pg_advisory_xact_lock(hashtextextended('export.pending:bench-' || :user, 0));
WITH quota AS (
    SELECT count(*) AS unfinished FROM export.exports
    WHERE created_by = 'bench-' || :user AND status IN ('pending', 'processing', 'uploading', 'sending')
), e AS (
    INSERT INTO export.exports (type, format, created_by, params)
    SELECT 'registry', 'xlsx', 'bench-' || :user,
        '{"start_at": "2025-01-01T00:00:00Z", "end_at": "2025-02-01T00:00:00Z", "tz": "Europe/Paris", "operator_id": [], "territory_id": [], "geo_selector": {}}'::jsonb
    FROM quota WHERE quota.unfinished < 1000000
    RETURNING *
), recipients AS (
    INSERT INTO export.recipients (export_id, email, fullname)
    SELECT e._id, r.email, r.fullname
    FROM e, unnest('{bench@example.org}'::text[], '{""}'::text[]) WITH ORDINALITY AS r(email, fullname, n) ORDER BY r.n
), created AS (
    INSERT INTO export.logs (export_id, type, message, actor) SELECT e._id, 'created', 'export registry created', 'bench-' || :user FROM e
)
SELECT e._id, e.uuid, e.type, e.status, e.progress, e.format, e.created_by, e.params::text, e.created_at,
    e.updated_at, e.attempts, e.expires_at, e.file_key, e.stats::text, e.error::text, quota.unfinished,
    CASE WHEN e._id IS NOT NULL THEN pg_notify('export_created', e.uuid::text) END
FROM quota LEFT JOIN e ON true;
COMMIT;
