-- A mentor's own capacity, when the Council set one; otherwise portal.mentorship.default-capacity applies
create table mentor_capacities (
    mentor_id bigint primary key references people (id),
    capacity  integer not null check (capacity between 0 and 100),
    set_by    bigint references people (id),
    set_at    timestamp with time zone not null
);

-- An assignment beyond the mentor's capacity keeps the Council's reason
alter table mentor_assignments add column capacity_override varchar(500);
-- An interim assignment covers an absence: it is current from started_on until the day before ended_on,
-- which is set when it is made (the absence's last day + 1); the permanent assignment stays current beneath it
alter table mentor_assignments add column absence_id bigint;
alter table mentor_assignments add column handover_note varchar(4000);
-- the day the interim's tasks went back to the permanent mentor
alter table mentor_assignments add column handed_back_on date;
create index mentor_assignments_interim_idx on mentor_assignments (ended_on) where kind = 'INTERIM';
create index mentor_assignments_absence_idx on mentor_assignments (absence_id) where absence_id is not null;

-- A proposal the Council dismissed is not offered again for that mentee
create table proposal_dismissals (
    mentee_id    bigint not null references people (id),
    mentor_id    bigint not null references people (id),
    reason       varchar(500) not null,
    dismissed_by bigint not null references people (id),
    dismissed_at timestamp with time zone not null,
    primary key (mentee_id, mentor_id)
);

create sequence reassignments_seq start with 1 increment by 50;

-- A change of mentor by agreement of the mentee, the current and the new mentor, or by the Council's decision
create table reassignments (
    id                   bigint primary key,
    mentee_id            bigint not null references people (id),
    from_mentor_id       bigint references people (id),
    to_mentor_id         bigint not null references people (id),
    proposed_by          bigint not null references people (id),
    proposed_at          timestamp with time zone not null,
    reason               varchar(1000) not null,
    state                varchar(16) not null,
    mentee_agreed_at     timestamp with time zone,
    from_agreed_at       timestamp with time zone,
    to_agreed_at         timestamp with time zone,
    declined_by          bigint references people (id),
    decline_reason       varchar(1000),
    council_since        timestamp with time zone,
    decided_by           bigint references people (id),
    decided_at           timestamp with time zone,
    handover_note        varchar(4000),
    mentee_token         varchar(64) not null,
    from_token           varchar(64),
    to_token             varchar(64) not null,
    version              bigint not null default 0
);
-- one open change of mentor per mentee
create unique index reassignments_open_idx on reassignments (mentee_id) where state in ('PROPOSED', 'WITH_COUNCIL');
create index reassignments_waiting_idx on reassignments (proposed_at) where state = 'PROPOSED';
create index reassignments_to_idx on reassignments (to_mentor_id, state);
create index reassignments_from_idx on reassignments (from_mentor_id, state);
create unique index reassignments_mentee_token_idx on reassignments (mentee_token);
create unique index reassignments_from_token_idx on reassignments (from_token);
create unique index reassignments_to_token_idx on reassignments (to_token);

create sequence step_downs_seq start with 1 increment by 50;

-- A mentor stepping down (or a Rep leaving the program) from a date, with recommended successors
create table step_downs (
    id               bigint primary key,
    mentor_id        bigint not null references people (id),
    last_day         date not null,
    leaving_program  boolean not null,
    message_subject  varchar(250) not null,
    message_body     text not null,
    started_at       timestamp with time zone not null,
    state            varchar(16) not null,
    completed_on     date,
    version          bigint not null default 0
);
create unique index step_downs_open_idx on step_downs (mentor_id) where state = 'OPEN';

create table step_down_successors (
    step_down_id bigint not null references step_downs (id) on delete cascade,
    mentee_id    bigint not null references people (id),
    successor_id bigint references people (id),
    primary key (step_down_id, mentee_id)
);

-- The alumni watch: a Rep without a report for long is told, may answer, and the Council confirms
create table alumni_watch (
    person_id        bigint primary key references people (id),
    state            varchar(16) not null,
    last_report_on   date,
    noticed_on       date not null,
    answer           varchar(4000),
    answer_links     varchar(2000),
    answered_at      timestamp with time zone,
    council_task_on  date,
    reset_on         date,
    alumni_on        date,
    decided_by       bigint references people (id),
    version          bigint not null default 0
);
create index alumni_watch_state_idx on alumni_watch (state);

-- Reps waiting for a mentor, first seen by the daily orphan watch; the weekly mail to the Council
create table orphan_watch (
    person_id     bigint primary key references people (id),
    waiting_since date not null
);
create table mentorship_job_marks (
    name     varchar(48) primary key,
    last_on  date not null
);
