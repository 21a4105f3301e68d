-- OpenID Connect sign-in: a person's identities at providers, keyed on the provider's issuer and subject, never on
-- the email (kept only as it was when the identity was linked). An account may have no password when its person
-- signs in only through a provider.
create sequence sign_in_identities_seq start with 1 increment by 50;

create table sign_in_identities (
    id         bigint primary key,
    person_id  bigint not null references accounts (person_id) on delete cascade,
    issuer     varchar(500) not null,
    subject    varchar(255) not null,
    email      varchar(254),
    linked_at  timestamp with time zone not null
);
create unique index sign_in_identities_key_idx on sign_in_identities (issuer, subject);
create index sign_in_identities_person_idx on sign_in_identities (person_id);

-- who linked or unlinked which identity, and when: kept after an identity is unlinked
create table sign_in_identity_history (
    id         bigserial primary key,
    person_id  bigint not null references accounts (person_id) on delete cascade,
    issuer     varchar(500) not null,
    subject    varchar(255) not null,
    action     varchar(16) not null,
    acted_at   timestamp with time zone not null
);
create index sign_in_identity_history_person_idx on sign_in_identity_history (person_id, acted_at desc);

alter table accounts alter column password_hash drop not null;
