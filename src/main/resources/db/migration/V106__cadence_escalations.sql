-- The day check-ins began being tracked (one row): missed cadences count from it, never from years before
create table checkin_tracking (
    id            boolean primary key default true check (id),
    tracked_since date not null
);

-- The Council's open escalation of each mentor whose check-ins slipped: one task for all their overdue mentorships
create table cadence_escalations (
    mentor_id      bigint primary key references people (id) on delete cascade,
    source_ref     varchar(120) not null,
    opened_on      date not null,
    last_nudged_on date
);

-- The mentorships listed in their mentor's open escalation, as the daily watch last saw them
create table cadence_escalated (
    mentor_id    bigint not null references cadence_escalations (mentor_id) on delete cascade,
    mentee_id    bigint not null references people (id) on delete cascade,
    due_on       date not null,
    last_held_on date,
    missed       integer not null,
    added_on     date not null,
    primary key (mentor_id, mentee_id)
);
create index cadence_escalated_mentee_idx on cadence_escalated (mentee_id);

-- A mentorship the Council dismissed from an escalation, with the reason: not escalated again for the same
-- due date until one more cadence is missed
create table cadence_dismissals (
    mentor_id    bigint not null references people (id) on delete cascade,
    mentee_id    bigint not null references people (id) on delete cascade,
    due_on       date not null,
    missed       integer not null,
    reason       varchar(500) not null,
    dismissed_by bigint not null references people (id),
    dismissed_at timestamp with time zone not null,
    primary key (mentor_id, mentee_id)
);
