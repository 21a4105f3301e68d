create sequence checkins_seq start with 1 increment by 50;

-- A check-in between a mentor and a mentee: goals before it, notes, follow-ups and feedback after it
create table checkins (
    id             bigint primary key,
    uid            uuid not null,
    mentor_id      bigint not null references people (id),
    mentee_id      bigint not null references people (id),
    scheduled_at   timestamp with time zone not null,
    time_zone      varchar(64) not null,
    duration_min   integer not null default 45,
    status         varchar(16) not null,
    notes          text,
    held_on        date,
    mentee_feedback text,
    sequence       integer not null default 0,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    version        bigint not null default 0
);
create unique index checkins_uid_idx on checkins (uid);
create index checkins_pair_idx on checkins (mentor_id, mentee_id, scheduled_at desc);
create index checkins_mentee_idx on checkins (mentee_id, scheduled_at desc);
create index checkins_planned_idx on checkins (scheduled_at) where status = 'PLANNED';

create table checkin_goals (
    checkin_id bigint not null references checkins (id) on delete cascade,
    position   integer not null,
    text       varchar(500) not null,
    primary key (checkin_id, position)
);

create table checkin_follow_ups (
    checkin_id bigint not null references checkins (id) on delete cascade,
    position   integer not null,
    text       varchar(500) not null,
    primary key (checkin_id, position)
);

-- A mentorship's cadence, when it differs from the program's default
create table checkin_plans (
    mentee_id    bigint primary key references people (id) on delete cascade,
    cadence_days integer not null check (cadence_days between 7 and 180)
);

-- What the daily cadence watch already did for a missed due date, so it never repeats itself
create table checkin_watch (
    mentee_id       bigint not null references people (id) on delete cascade,
    mentor_id       bigint not null references people (id) on delete cascade,
    due_on          date not null,
    mentor_told_on  date not null,
    council_task_on date,
    primary key (mentee_id, mentor_id, due_on)
);
