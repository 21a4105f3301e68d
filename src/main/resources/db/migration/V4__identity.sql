create table accounts (
    person_id         bigint primary key references people (id) on delete cascade,
    username          varchar(254) not null,
    password_hash     varchar(200) not null,
    enabled           boolean not null default true,
    failed_attempts   integer not null default 0,
    locked_until      timestamp with time zone,
    last_sign_in_at   timestamp with time zone
);
create unique index accounts_username_idx on accounts (lower(username));

create sequence access_tokens_seq start with 1 increment by 50;

-- Personal access tokens: only a SHA-256 hash is kept
create table access_tokens (
    id           bigint primary key,
    person_id    bigint not null references people (id) on delete cascade,
    name         varchar(80) not null,
    token_hash   char(64) not null,
    prefix       varchar(12) not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);
create unique index access_tokens_hash_idx on access_tokens (token_hash);
create index access_tokens_person_idx on access_tokens (person_id);
