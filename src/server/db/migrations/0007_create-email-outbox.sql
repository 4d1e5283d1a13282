-- Notifications by e-mail (issue 4): an address on accounts, and the outbox that SMTP delivery drains.
ALTER TABLE accounts ADD COLUMN email text;
ALTER TABLE accounts ADD CONSTRAINT accounts_email_check
  CHECK (email IS NULL OR (char_length(email) <= 254 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'));
COMMENT ON COLUMN accounts.email IS 'Where notifications are also sent by e-mail; NULL: in-app only';

CREATE TABLE email_outbox (
  id               serial,
  notification_id  integer,
  recipient        text NOT NULL,
  subject          text NOT NULL,
  text_zh          text NOT NULL,
  text_en          text NOT NULL,
  status           text NOT NULL DEFAULT 'pending',
  attempts         integer NOT NULL DEFAULT 0,
  last_error       text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  sent_at          timestamptz,
  next_attempt_at  timestamptz,
  CONSTRAINT email_outbox_pkey PRIMARY KEY (id),
  CONSTRAINT email_outbox_notification_id_fkey FOREIGN KEY (notification_id) REFERENCES notifications (id),
  CONSTRAINT email_outbox_recipient_check
    CHECK (char_length(recipient) <= 254 AND recipient ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
  CONSTRAINT email_outbox_status_check CHECK (status IN ('pending', 'sent', 'failed')),
  CONSTRAINT email_outbox_attempts_check CHECK (attempts >= 0),
  CONSTRAINT email_outbox_sent_at_check CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);
COMMENT ON TABLE email_outbox IS 'E-mail copies of notifications, queued in the notifying transaction; sent through SMTP when SMTP_URL is set, otherwise kept as the development outbox';
COMMENT ON COLUMN email_outbox.notification_id IS 'The in-app notification this e-mail copies (notifications.id)';
COMMENT ON COLUMN email_outbox.recipient IS 'The address, copied from accounts.email when the e-mail was queued';
COMMENT ON COLUMN email_outbox.text_zh IS 'The Chinese part of the body; the body sent is the Chinese part, then the English part';
COMMENT ON COLUMN email_outbox.status IS 'pending: not sent yet; sent; failed: the last attempt failed (retried at next_attempt_at while attempts remain)';
COMMENT ON COLUMN email_outbox.attempts IS 'Delivery attempts begun so far';
COMMENT ON COLUMN email_outbox.last_error IS 'The error of the last failed attempt';
COMMENT ON COLUMN email_outbox.next_attempt_at IS 'Not before this instant is the e-mail tried (again); NULL: due now if pending, never again if failed';
CREATE INDEX email_outbox_unsent_idx ON email_outbox (id) WHERE status <> 'sent';
