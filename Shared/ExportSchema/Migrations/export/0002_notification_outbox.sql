-- The notification outbox (docs/schema.md §5, docs/emails.md §1): one row per e-mail to send,
-- inserted in the transaction of the state change it reports, delivered by export-notifier.

CREATE TABLE export.notifications (
    _id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    export_id bigint NOT NULL REFERENCES export.exports (_id) ON DELETE CASCADE,
    recipient_id bigint REFERENCES export.recipients (_id) ON DELETE CASCADE,
    kind text NOT NULL,
    request_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
    payload jsonb NOT NULL DEFAULT '{}',
    state text NOT NULL DEFAULT 'pending',
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    locked_by text,
    locked_at timestamptz,
    last_error text,
    message_id text,
    created_at timestamptz NOT NULL DEFAULT now(),
    sent_at timestamptz,

    CONSTRAINT notifications_kind_check CHECK (kind IN ('success', 'failure', 'support', 'send')),
    CONSTRAINT notifications_state_check CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
    CONSTRAINT notifications_recipient_check CHECK (kind = 'support' OR recipient_id IS NOT NULL),
    CONSTRAINT notifications_request_check CHECK (
        kind <> 'send' OR request_id <> '00000000-0000-0000-0000-000000000000'
    ),
    CONSTRAINT notifications_payload_check CHECK (jsonb_typeof(payload) = 'object'),
    CONSTRAINT notifications_attempts_check CHECK (attempts >= 0)
);

-- At most one message per (export, recipient, kind, request): a retried success transaction
-- inserts nothing twice, while every send request is a new message. Support rows have no
-- recipient; coalesce makes them unique too. Insert with
-- ON CONFLICT (export_id, coalesce(recipient_id, 0), kind, request_id) DO NOTHING.
CREATE UNIQUE INDEX notifications_dedup_key
    ON export.notifications (export_id, coalesce(recipient_id, 0), kind, request_id);
-- What the notifier delivers next.
CREATE INDEX notifications_pending_idx ON export.notifications (next_attempt_at) WHERE state = 'pending';
-- Messages being sent, to take back those of a notifier that died.
CREATE INDEX notifications_sending_idx ON export.notifications (locked_at) WHERE state = 'sending';
CREATE INDEX notifications_recipient_idx ON export.notifications (recipient_id) WHERE recipient_id IS NOT NULL;
CREATE INDEX notifications_created_at_idx ON export.notifications (created_at);

COMMENT ON TABLE export.notifications IS
    'Outbox of e-mails to send (success, failure, support, send), with their delivery state.';
COMMENT ON COLUMN export.notifications.recipient_id IS 'Null for support e-mails, which go to SUPPORT_EMAIL.';
COMMENT ON COLUMN export.notifications.request_id IS
    'The send request that asked for the message; the nil UUID for the other kinds.';
COMMENT ON COLUMN export.notifications.payload IS
    'Data of the message not held elsewhere (sender name and message of a send); scrambled with the recipients.';
COMMENT ON COLUMN export.notifications.last_error IS 'Last delivery error, e-mail addresses redacted.';
COMMENT ON COLUMN export.notifications.message_id IS
    'Message-ID header, derived from the row, so a message sent twice can be recognised.';
