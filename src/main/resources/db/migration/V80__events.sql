-- The kinds of event a Rep may plan; the codes are those of the catalog's eventTypes
create table event_types (
    code varchar(48) primary key,
    name varchar(120) not null
);
insert into event_types (code, name) values
    ('MEETUP', 'Community meetup'), ('WORKSHOP', 'Workshop'), ('HACKATHON', 'Hackathon'),
    ('TALK', 'Talk at another event'), ('BOOTH', 'Booth at a conference'),
    ('LOCALIZATION_SPRINT', 'Localization sprint'), ('LAUNCH_PARTY', 'Launch party'),
    ('ONLINE_SESSION', 'Online session');

create sequence events_seq start with 1 increment by 50;

-- An event a Rep plans: what, when (in its own time zone), where, for how many, and how success is measured
create table events (
    id                   bigint primary key,
    uid                  uuid not null,
    owner_id             bigint not null references people (id),
    name                 varchar(200) not null,
    type_code            varchar(48) not null references event_types (code),
    region_code          varchar(48) references regions (code),
    starts_on            date not null,
    ends_on              date not null,
    time_zone            varchar(64) not null,
    online               boolean not null,
    venue                varchar(300),
    expected_attendance  integer not null check (expected_attendance > 0),
    goals                text not null,
    actual_attendance    integer,
    outcomes_recorded_at timestamp with time zone,
    outcome_reminded_on  date,
    metrics_frozen       boolean not null default false,
    cloned_from          bigint references events (id),
    sequence             integer not null default 0,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              bigint not null default 0,
    check (ends_on >= starts_on)
);
create unique index events_uid_idx on events (uid);
create index events_owner_idx on events (owner_id, starts_on desc);
create index events_starts_idx on events (starts_on, id);
create index events_similar_idx on events (region_code, type_code, ends_on desc);
create index events_awaiting_outcomes_idx on events (ends_on) where outcomes_recorded_at is null;

create table event_co_organisers (
    event_id  bigint not null references events (id) on delete cascade,
    person_id bigint not null references people (id),
    primary key (event_id, person_id)
);
create index event_co_organisers_person_idx on event_co_organisers (person_id);

-- The agenda: items in order; starts_at is local to the event's zone (HH:mm, or YYYY-MM-DDTHH:mm), null when untimed
create table event_agenda_items (
    event_id  bigint not null references events (id) on delete cascade,
    position  integer not null,
    starts_at varchar(16),
    title     varchar(300) not null,
    primary key (event_id, position)
);

-- Success metrics: what is expected, and after the event what happened and whether it was reached
create table event_metrics (
    event_id bigint not null references events (id) on delete cascade,
    position integer not null,
    name     varchar(200) not null,
    expected varchar(300) not null,
    actual   varchar(300),
    reached  boolean,
    primary key (event_id, position)
);
