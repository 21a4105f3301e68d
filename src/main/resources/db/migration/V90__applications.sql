-- Mail to people outside the program (applicants, referees) has an address but no person
alter table mail_messages alter column recipient_id drop not null;

-- Applications to join the program: from the public form to onboarding. The status token is the private
-- status page's address; the confirmation token is mailed to confirm the address before submission.
create sequence applications_seq start with 1 increment by 50;
create table applications (
    id                  bigint primary key,
    status_token        varchar(64)  not null,
    confirm_token       varchar(64)  not null,
    fingerprint         varchar(64)  not null,
    state               varchar(20)  not null,
    outcome             varchar(12),
    name                varchar(120) not null,
    email               varchar(254) not null,
    region_code         varchar(32)  not null,
    country_code        char(2)      not null,
    city                varchar(100),
    languages           text[]       not null,
    time_zone           varchar(64)  not null,
    functional_areas    text[]       not null,
    months_involved     integer      not null,
    motivation          text         not null,
    contributions       text         not null,
    other_projects      text         not null,
    goals               text         not null,
    mobilising          text         not null,
    links               text[]       not null,
    created_at          timestamp with time zone not null,
    submitted_at        timestamp with time zone,
    screening_at        timestamp with time zone,
    interview_at        timestamp with time zone,
    decided_at          timestamp with time zone,
    onboarding_at       timestamp with time zone,
    completed_at        timestamp with time zone,
    closed_at           timestamp with time zone,
    waiting_on_applicant_since timestamp with time zone,
    silence_warned_at   timestamp with time zone,
    interviewer_id      bigint references people (id),
    interview_due_on    date,
    interview_uid       uuid         not null,
    interview_sequence  integer      not null default 0,
    decided_by          bigint references people (id),
    decision_reason     text,
    work_on             text,
    reapply_after       date,
    person_id           bigint references people (id),
    mentor_id           bigint references people (id),
    earlier_id          bigint references applications (id),
    agreement_accepted_at timestamp with time zone,
    profile_completed_at  timestamp with time zone,
    lists_joined_at       timestamp with time zone,
    onboarding_escalated_at timestamp with time zone,
    version             bigint       not null default 0
);
create unique index applications_status_token_idx on applications (status_token);
create unique index applications_confirm_token_idx on applications (confirm_token);
-- one open application per address: the same form sent twice is one application
create unique index applications_open_email_idx on applications (lower(email))
    where state in ('UNCONFIRMED', 'SUBMITTED', 'SCREENING', 'INTERVIEW', 'ONBOARDING');
create index applications_email_idx on applications (lower(email), created_at desc);
create index applications_state_idx on applications (state, created_at);
create index applications_interviewer_idx on applications (interviewer_id) where interviewer_id is not null;
create index applications_person_idx on applications (person_id) where person_id is not null;
create index applications_waiting_idx on applications (waiting_on_applicant_since) where waiting_on_applicant_since is not null;
create index applications_created_idx on applications (created_at);

-- Referees: each gets a tokenized form; up to two reminders
create sequence application_referees_seq start with 1 increment by 50;
create table application_referees (
    id               bigint primary key,
    application_id   bigint       not null references applications (id) on delete cascade,
    position         integer      not null,
    name             varchar(120) not null,
    email            varchar(254) not null,
    token            varchar(64)  not null,
    state            varchar(12)  not null,
    referee_person_id bigint references people (id),
    current_rep      boolean      not null default false,
    requested_at     timestamp with time zone,
    reminders_sent   integer      not null default 0,
    last_reminded_at timestamp with time zone,
    answered_at      timestamp with time zone,
    how_known        text,
    what_seen        text,
    vouches          boolean,
    version          bigint       not null default 0
);
create unique index application_referees_token_idx on application_referees (token);
create index application_referees_application_idx on application_referees (application_id, position);
create index application_referees_waiting_idx on application_referees (state, requested_at) where state = 'REQUESTED';

-- Interview slots the interviewer offered; the applicant picks one
create sequence application_slots_seq start with 1 increment by 50;
create table application_slots (
    id              bigint primary key,
    application_id  bigint       not null references applications (id) on delete cascade,
    starts_at       timestamp with time zone not null,
    time_zone       varchar(64)  not null,
    duration_min    integer      not null,
    picked          boolean      not null default false,
    withdrawn       boolean      not null default false
);
create index application_slots_application_idx on application_slots (application_id, starts_at);
create index application_slots_picked_idx on application_slots (starts_at) where picked and not withdrawn;

-- A reviewer's structured interview: a score (1-4) and a note per criterion, evidence, a recommendation
create sequence application_scorecards_seq start with 1 increment by 50;
create table application_scorecards (
    id              bigint primary key,
    application_id  bigint       not null references applications (id) on delete cascade,
    reviewer_id     bigint       not null references people (id),
    scores          integer[]    not null,
    notes           text[]       not null,
    evidence        text[]       not null,
    recommendation  varchar(12)  not null,
    reason          text         not null,
    recorded_at     timestamp with time zone not null,
    version         bigint       not null default 0
);
create unique index application_scorecards_reviewer_idx on application_scorecards (application_id, reviewer_id);
create index application_scorecards_reviewer_id_idx on application_scorecards (reviewer_id);

-- The Welcome Pack a mentor sends to a new Rep
create sequence welcome_packs_seq start with 1 increment by 50;
create table welcome_packs (
    id              bigint primary key,
    application_id  bigint       not null references applications (id) on delete cascade,
    state           varchar(12)  not null,
    address         text         not null,
    address_confirmed boolean    not null,
    contents        text         not null,
    sizes           varchar(200),
    customs_value   varchar(40),
    carrier         varchar(100),
    tracking_number varchar(100),
    shipments       integer      not null default 0,
    updated_at      timestamp with time zone not null,
    received_at     timestamp with time zone,
    version         bigint       not null default 0
);
create unique index welcome_packs_application_idx on welcome_packs (application_id);

-- Applications refused by the eligibility rules are not stored; only counted per day and reason
create table application_refusals (
    day     date        not null,
    reason  varchar(32) not null,
    count   integer     not null,
    primary key (day, reason)
);

-- Submissions counted per address and per client address in a window, shared by every instance
create table application_rate (
    key          varchar(300) primary key,
    count        integer not null,
    window_ends  timestamp with time zone not null
);
create index application_rate_window_idx on application_rate (window_ends);

-- Account invitations: a link to set a password, kept as a hash, valid for a while
create table account_invitations (
    id          bigint generated always as identity primary key,
    person_id   bigint      not null references people (id) on delete cascade,
    token_hash  char(64)    not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);
create unique index account_invitations_token_idx on account_invitations (token_hash);
create index account_invitations_person_idx on account_invitations (person_id, created_at desc);
