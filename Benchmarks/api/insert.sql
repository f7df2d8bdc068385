-- pgbench script: the transaction POST /v1/exports writes (export, recipient, created log, NOTIFY).
BEGIN;
WITH e AS (
    INSERT INTO export.exports (type, format, created_by, params)
    VALUES ('registry', 'xlsx', 'bench', '{"start_at": "2025-01-01T00:00:00Z", "end_at": "2025-02-01T00:00:00Z", "tz": "Europe/Paris", "operator_id": [], "territory_id": [], "geo_selector": {}}')
    RETURNING _id
), r AS (
    INSERT INTO export.recipients (export_id, email, fullname) SELECT _id, 'bench@example.org', '' FROM e
)
INSERT INTO export.logs (export_id, type, message, actor) SELECT _id, 'created', 'export registry created', 'bench' FROM e;
NOTIFY export_created, 'bench';
COMMIT;
