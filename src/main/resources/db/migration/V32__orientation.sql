-- Becoming a mentor: nomination, the Council's decision, orientation, active mentor
create sequence orientations_seq start with 1 increment by 50;

create table orientations (
    id                     bigint primary key,
    person_id              bigint        not null references people (id),
    state                  varchar(20)   not null,
    nomination_kind        varchar(16)   not null,
    nominated_by           bigint        not null references people (id),
    nomination_reason      varchar(1000) not null,
    nominated_at           timestamp with time zone not null,
    endorsed_by            bigint references people (id),
    endorsed_at            timestamp with time zone,
    decided_by             bigint references people (id),
    decided_at             timestamp with time zone,
    decline_reason         varchar(1000),
    orientation_started_on date,
    completed_on           date,
    version                bigint        not null default 0
);
-- a person has at most one nomination or orientation that was not declined
create unique index orientations_open_person_idx on orientations (person_id) where state <> 'DECLINED';
create index orientations_person_idx on orientations (person_id, nominated_at desc, id desc);
-- the Council's lists: people in orientation (by start) and nominations waiting (by date)
create index orientations_in_progress_idx on orientations (orientation_started_on, id) where state in ('APPOINTED', 'IN_ORIENTATION');
create index orientations_nominated_idx on orientations (nominated_at, id) where state = 'NOMINATED';

-- The checklist steps done, with who confirmed the ones that need a witness and the page version read
create table orientation_steps (
    orientation_id bigint      not null references orientations (id) on delete cascade,
    step_key       varchar(32) not null,
    done_on        date        not null,
    done_at        timestamp with time zone not null,
    confirmed_by   bigint references people (id),
    detail         varchar(200),
    sop_version    integer,
    primary key (orientation_id, step_key)
);

create sequence orientation_calls_seq start with 1 increment by 50;

-- Onboarding and training calls the Council schedules
create table orientation_calls (
    id               bigint primary key,
    kind             varchar(16)  not null,
    starts_at        timestamp with time zone not null,
    time_zone        varchar(64)  not null,
    duration_minutes integer      not null,
    link             varchar(500) not null,
    notes            varchar(1000),
    organizer_id     bigint       not null references people (id),
    created_at       timestamp with time zone not null,
    sequence         integer      not null default 0,
    version          bigint       not null default 0
);
create index orientation_calls_starts_idx on orientation_calls (starts_at, id);

create sequence orientation_call_invitations_seq start with 1 increment by 50;

create table orientation_call_invitations (
    id          bigint primary key,
    call_id     bigint not null references orientation_calls (id) on delete cascade,
    person_id   bigint not null references people (id),
    invited_at  timestamp with time zone not null,
    attended    boolean,
    recorded_by bigint references people (id),
    recorded_at timestamp with time zone,
    version     bigint not null default 0
);
create unique index orientation_call_invitations_call_person_idx on orientation_call_invitations (call_id, person_id);
create index orientation_call_invitations_person_idx on orientation_call_invitations (person_id, call_id);

create sequence readiness_overrides_seq start with 1 increment by 50;

-- When the Council lets a mentor take new mentees before orientation is complete: for good (no mentee)
-- or for one assignment (with the mentee)
create table readiness_overrides (
    id            bigint primary key,
    mentor_id     bigint        not null references people (id),
    mentee_id     bigint references people (id),
    overridden_by bigint        not null references people (id),
    reason        varchar(500)  not null,
    created_at    timestamp with time zone not null
);
create index readiness_overrides_mentor_idx on readiness_overrides (mentor_id, created_at desc);
