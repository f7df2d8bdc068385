-- The `export` schema: export requests and their queue state, their recipients and their audit
-- trail (docs/schema.md §2–4). The notification outbox and the idempotency keys follow in 0002 and 0003.
-- Applied once, in one transaction, by `export-api migrate`.

CREATE SCHEMA IF NOT EXISTS export;

COMMENT ON SCHEMA export IS 'Trip exports of the carpool proof registry: requests, queue, recipients, audit, outbox.';

-- Keeps `updated_at` true on every UPDATE, whoever writes the row.
CREATE FUNCTION export.touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

-- One row per export; also the builders' work queue.
CREATE TABLE export.exports (
    _id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid uuid NOT NULL DEFAULT gen_random_uuid(),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL,
    type text NOT NULL,
    status text NOT NULL DEFAULT 'pending',
    progress smallint NOT NULL DEFAULT 0,
    format text NOT NULL DEFAULT 'xlsx',
    params jsonb NOT NULL,
    download_url text,
    error jsonb,
    stats jsonb,
    -- queue
    attempts integer NOT NULL DEFAULT 0,
    max_attempts integer,
    run_after timestamptz NOT NULL DEFAULT now(),
    locked_by text,
    lease_token uuid,
    heartbeat_at timestamptz,
    started_at timestamptz,
    finished_at timestamptz,
    expires_at timestamptz,
    -- the stored file
    file_key text,
    file_size bigint,

    CONSTRAINT exports_uuid_key UNIQUE (uuid),
    CONSTRAINT exports_created_by_check CHECK (created_by <> ''),
    CONSTRAINT exports_type_check CHECK (type IN ('operator', 'territory', 'registry', 'opendata')),
    CONSTRAINT exports_status_check CHECK (
        status IN ('pending', 'processing', 'uploading', 'sending', 'success', 'error', 'canceled', 'expired')
    ),
    CONSTRAINT exports_progress_check CHECK (progress BETWEEN 0 AND 100),
    CONSTRAINT exports_format_check CHECK (format IN ('xlsx', 'csv')),
    CONSTRAINT exports_params_check CHECK (jsonb_typeof(params) = 'object'),
    CONSTRAINT exports_opendata_month_check CHECK (type <> 'opendata' OR params ? 'month'),
    CONSTRAINT exports_attempts_check CHECK (attempts >= 0),
    CONSTRAINT exports_max_attempts_check CHECK (max_attempts IS NULL OR max_attempts > 0),
    CONSTRAINT exports_file_size_check CHECK (file_size IS NULL OR file_size >= 0)
);

CREATE TRIGGER exports_touch_updated_at
    BEFORE UPDATE ON export.exports
    FOR EACH ROW EXECUTE FUNCTION export.touch_updated_at();

-- A user's exports, newest first (GET /v1/exports; the rate and pending limits).
CREATE INDEX exports_created_by_idx ON export.exports (created_by, created_at DESC, _id DESC);
-- Every export, newest first (admins' listing).
CREATE INDEX exports_created_at_idx ON export.exports (created_at DESC, _id DESC);
-- The queue: FIFO by creation among pending exports whose run_after has passed.
CREATE INDEX exports_queue_idx ON export.exports (created_at, run_after) WHERE status = 'pending';
-- Running exports by heartbeat, to take back those whose builder died.
CREATE INDEX exports_running_idx ON export.exports (heartbeat_at)
    WHERE status IN ('processing', 'uploading', 'sending');
-- Finished exports due to expire.
CREATE INDEX exports_expiry_idx ON export.exports (expires_at) WHERE status = 'success';
-- Finished exports, for the scrambling of their recipients.
CREATE INDEX exports_finished_idx ON export.exports (finished_at)
    WHERE status IN ('success', 'error', 'canceled', 'expired');
-- One open-data export per month, unless it failed or was canceled (docs/opendata.md §6).
CREATE UNIQUE INDEX exports_opendata_month_key ON export.exports ((params ->> 'month'))
    WHERE type = 'opendata' AND status NOT IN ('error', 'canceled');

COMMENT ON TABLE export.exports IS
    'One row per export request, user or open data; the pending rows are the builders'' queue.';
COMMENT ON COLUMN export.exports.uuid IS 'Public identifier, in URLs, file names and logs.';
COMMENT ON COLUMN export.exports.created_by IS 'JWT sub of the creator, or cli:<unix user> for commands.';
COMMENT ON COLUMN export.exports.params IS
    'Normalised parameters: start_at, end_at, tz, operator_id[], territory_id[], geo_selector; month for open data.';
COMMENT ON COLUMN export.exports.error IS 'Last failure: {"message", "phase", "attempt"}; no personal data.';
COMMENT ON COLUMN export.exports.stats IS 'rows, sheets, file_size, duration_ms; open data adds the k-anonymity counts.';
COMMENT ON COLUMN export.exports.max_attempts IS 'Attempts allowed for this export; null means BUILDER_MAX_ATTEMPTS.';
COMMENT ON COLUMN export.exports.run_after IS 'Not claimed before this instant (retry backoff).';
COMMENT ON COLUMN export.exports.locked_by IS 'Builder instance that holds the lease.';
COMMENT ON COLUMN export.exports.lease_token IS
    'Fencing token, new at every claim: a builder writes only while its token is still the current one.';
COMMENT ON COLUMN export.exports.file_key IS 'Object key in S3 or STORAGE_DIR.';

-- Who receives the e-mails of an export. The only table with personal data besides the outbox
-- payloads; the janitor scrambles it once the export is finished and its TTL has passed.
CREATE TABLE export.recipients (
    _id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    export_id bigint NOT NULL REFERENCES export.exports (_id) ON DELETE CASCADE,
    email text NOT NULL,
    fullname text DEFAULT '',
    message text,
    created_at timestamptz NOT NULL DEFAULT now(),
    scrambled_at timestamptz,

    CONSTRAINT recipients_export_email_key UNIQUE (export_id, email),
    CONSTRAINT recipients_email_check CHECK (email LIKE '_%@_%')
);

COMMENT ON TABLE export.recipients IS
    'Recipients of an export''s e-mails (personal data: replaced by random values once scrambled_at is set).';
COMMENT ON COLUMN export.recipients.message IS 'Message given with the last send request, if any.';
COMMENT ON COLUMN export.recipients.scrambled_at IS 'When email, fullname and message were replaced by random values.';

-- Audit trail of every export.
CREATE TABLE export.logs (
    _id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now(),
    export_id bigint NOT NULL REFERENCES export.exports (_id) ON DELETE CASCADE,
    type text NOT NULL,
    message text NOT NULL,
    actor text,

    CONSTRAINT logs_type_check CHECK (
        type IN (
            'created', 'status', 'canceled', 'downloaded', 'sent', 'notified', 'retried', 'failed',
            'expired', 'deleted', 'scrambled', 'purged', 'published'
        )
    )
);

CREATE INDEX logs_export_idx ON export.logs (export_id, created_at);
CREATE INDEX logs_created_at_idx ON export.logs (created_at);

COMMENT ON TABLE export.logs IS
    'Audit trail: one row per action on an export (status changes, downloads, sends, janitor actions).';
COMMENT ON COLUMN export.logs.actor IS 'A user id, cli:<user>, or a service name.';
