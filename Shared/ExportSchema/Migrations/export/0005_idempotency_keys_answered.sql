-- An Idempotency-Key is now written with its answer in the transaction that does the request's
-- work (POST /v1/exports and POST /v1/exports/{uuid}/send, docs/api.md): a row always holds the
-- first answer and its export. The answer is kept as the text that was sent, so that a repeat
-- gets the same bytes (jsonb reorders keys). Rows left "in progress" by the former two-step
-- writing are dropped: their request either failed or its answer is unknown, and a 409 for 24
-- hours helps no one.

DELETE FROM export.idempotency_keys WHERE response_status IS NULL OR response_body IS NULL OR export_uuid IS NULL;

ALTER TABLE export.idempotency_keys
    ALTER COLUMN response_status SET NOT NULL,
    ALTER COLUMN response_body TYPE text USING response_body::text,
    ALTER COLUMN response_body SET NOT NULL,
    ALTER COLUMN export_uuid SET NOT NULL;

COMMENT ON TABLE export.idempotency_keys IS
    'Idempotency-Key of POST /v1/exports and POST /v1/exports/{uuid}/send per user: hash of the request and the first answer, written with the export or the send, kept 24 hours.';
COMMENT ON COLUMN export.idempotency_keys.response_status IS 'The status of the first answer.';
COMMENT ON COLUMN export.idempotency_keys.response_body IS
    'The first answer''s JSON body as sent; may hold recipients'' addresses (scrambled with them), deleted after 24 hours.';
COMMENT ON COLUMN export.idempotency_keys.export_uuid IS 'The export the first request created or sent.';
