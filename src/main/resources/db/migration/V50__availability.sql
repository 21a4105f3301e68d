create sequence absences_seq start with 1 increment by 50;

-- Declared absences: the days someone is away (both inclusive), who stands in, what correspondents are told
create table absences (
    id                     bigint primary key,
    person_id              bigint not null references people (id),
    starts_on              date not null,
    ends_on                date not null,
    planned_ends_on        date not null,
    state                  varchar(16) not null,
    reason                 varchar(1000),
    delegate_id            bigint references people (id),
    auto_reply             varchar(2000) not null,
    reassignment_requested boolean not null default false,
    plan                   varchar(4000),
    tasks_covered_by       bigint references people (id),
    return_reminded_on     date,
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    version                bigint not null default 0
);
create index absences_person_idx on absences (person_id, starts_on);
create index absences_current_idx on absences (starts_on, ends_on) where state <> 'CANCELLED';
create index absences_covered_idx on absences (tasks_covered_by) where tasks_covered_by is not null;

-- One auto-reply per sender per absence
create table absence_auto_replies (
    absence_id bigint not null references absences (id) on delete cascade,
    sender_id  bigint not null references people (id) on delete cascade,
    sent_at    timestamp with time zone not null,
    primary key (absence_id, sender_id)
);
