create sequence mentor_assignments_seq start with 1 increment by 50;

-- Every assignment is kept: the current one has no end date
create table mentor_assignments (
    id          bigint primary key,
    mentee_id   bigint not null references people (id),
    mentor_id   bigint not null references people (id),
    kind        varchar(16) not null,
    started_on  date not null,
    ended_on    date,
    reason      varchar(500) not null,
    end_reason  varchar(500),
    assigned_by bigint references people (id),
    version     bigint not null default 0,
    constraint mentor_assignments_not_self check (mentee_id <> mentor_id)
);
-- a Rep has at most one current mentor
create unique index mentor_assignments_current_idx on mentor_assignments (mentee_id) where ended_on is null;
create index mentor_assignments_mentor_current_idx on mentor_assignments (mentor_id) where ended_on is null;
create index mentor_assignments_mentee_history_idx on mentor_assignments (mentee_id, started_on desc);
