-- Failed (and in-flight) sign-in attempts, counted in the database so that every instance sees the same
-- numbers. A key is 'account:<email>@<address>', 'address:<address>' or 'all'; a row is locked while counted.
create table sign_in_throttle (
    key           varchar(400) primary key,
    failures      integer not null,
    locked_until  timestamp with time zone,
    window_ends   timestamp with time zone not null
);
create index sign_in_throttle_window_idx on sign_in_throttle (window_ends);

-- Who disabled an account, when and why (accounts are never deleted, so the reason stays readable)
create table account_disablements (
    id            bigint generated always as identity primary key,
    person_id     bigint not null references people (id) on delete cascade,
    disabled_by   bigint not null references people (id),
    reason        varchar(500) not null,
    disabled_at   timestamp with time zone not null,
    sessions_ended integer not null,
    tokens_revoked integer not null
);
create index account_disablements_person_idx on account_disablements (person_id, disabled_at desc);
