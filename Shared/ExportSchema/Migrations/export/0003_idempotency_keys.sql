-- Idempotency-Key support for POST /v1/exports (docs/api.md §8): the first answer to a request
-- is kept 24 hours and returned again for a repeat of the same request.

CREATE TABLE export.idempotency_keys (
    created_by text NOT NULL,
    key text NOT NULL,
    request_hash text NOT NULL,
    response_status smallint,
    response_body jsonb,
    export_uuid uuid,
    created_at timestamptz NOT NULL DEFAULT now(),

    PRIMARY KEY (created_by, key),
    CONSTRAINT idempotency_keys_key_check CHECK (length(key) BETWEEN 1 AND 255),
    CONSTRAINT idempotency_keys_status_check CHECK (response_status IS NULL OR response_status BETWEEN 100 AND 599)
);

-- Expiry of keys older than 24 hours.
CREATE INDEX idempotency_keys_created_at_idx ON export.idempotency_keys (created_at);

COMMENT ON TABLE export.idempotency_keys IS
    'Idempotency-Key of POST /v1/exports per user: hash of the request and the first answer, kept 24 hours.';
COMMENT ON COLUMN export.idempotency_keys.request_hash IS 'Hex SHA-256 of the request (method, path, body).';
COMMENT ON COLUMN export.idempotency_keys.response_status IS 'Null while the first request is still being handled.';
COMMENT ON COLUMN export.idempotency_keys.response_body IS
    'The first answer; may hold recipients'' addresses, so rows are deleted after 24 hours.';
COMMENT ON COLUMN export.idempotency_keys.export_uuid IS 'The export the first request created, if any.';
