-- The mail outbox: every mail the portal sends is a row here first, written in the transaction of the
-- change that caused it, then sent by a scheduled task that retries with back-off.
create table mail_messages (
    id                 bigint generated always as identity primary key,
    category           varchar(32)  not null,
    recipient_id       bigint       not null references people (id) on delete cascade,
    recipient_address  varchar(254) not null,
    recipient_name     varchar(120) not null,
    reply_to_person_id bigint       references people (id) on delete set null,
    reply_to_address   varchar(254),
    reply_to_name      varchar(120),
    subject            varchar(300) not null,
    body               text         not null,
    -- QUEUED, HELD_FOR_DIGEST, SENT, LOGGED, FAILED, BUNDLED
    status             varchar(16)  not null,
    created_at         timestamp with time zone not null,
    attempts           integer      not null default 0,
    next_attempt_at    timestamp with time zone,
    last_attempt_at    timestamp with time zone,
    last_error         varchar(1000),
    processed_at       timestamp with time zone,
    digest_id          bigint       references mail_messages (id) on delete set null,
    constraint mail_messages_queued_has_next_attempt check (status <> 'QUEUED' or next_attempt_at is not null)
);
-- the sender: queued mail whose next attempt is due, oldest first
create index mail_messages_due_idx on mail_messages (next_attempt_at, id) where status = 'QUEUED';
-- the daily digest: mail held for it, per person
create index mail_messages_held_idx on mail_messages (recipient_id, created_at) where status = 'HELD_FOR_DIGEST';
-- the mail log: newest first, optionally by status
create index mail_messages_log_idx on mail_messages (created_at desc, id desc);
create index mail_messages_status_log_idx on mail_messages (status, created_at desc, id desc);
create index mail_messages_recipient_idx on mail_messages (recipient_id);
create index mail_messages_reply_to_idx on mail_messages (reply_to_person_id) where reply_to_person_id is not null;
create index mail_messages_digest_idx on mail_messages (digest_id) where digest_id is not null;

create table mail_attachments (
    message_id   bigint       not null references mail_messages (id) on delete cascade,
    position     integer      not null,
    filename     varchar(200) not null,
    content_type varchar(200) not null,
    content      bytea        not null,
    primary key (message_id, position)
);

-- What each person chose per category; a category without a row gets the configured default
create table mail_preferences (
    person_id bigint      not null references people (id) on delete cascade,
    category  varchar(32) not null,
    delivery  varchar(16) not null,
    primary key (person_id, category)
);
