create sequence tasks_seq start with 1 increment by 50;

-- The work queue ("mentorship bugs"): every piece of work the program asks of someone
create table tasks (
    id                bigint primary key,
    type              varchar(32) not null,
    title             varchar(200) not null,
    subject_person_id bigint references people (id),
    assignee_id       bigint not null references people (id),
    priority          varchar(16) not null,
    due_on            date,
    state             varchar(16) not null,
    source_ref        varchar(120),
    resolution        varchar(500),
    created_at        timestamp with time zone not null,
    closed_at         timestamp with time zone,
    version           bigint not null default 0
);
create unique index tasks_source_ref_idx on tasks (source_ref) where source_ref is not null;
create index tasks_assignee_open_idx on tasks (assignee_id, due_on) where state in ('OPEN', 'IN_PROGRESS', 'WAITING');
create index tasks_subject_open_idx on tasks (subject_person_id) where state in ('OPEN', 'IN_PROGRESS', 'WAITING');

create table task_watchers (
    task_id   bigint not null references tasks (id) on delete cascade,
    person_id bigint not null references people (id) on delete cascade,
    primary key (task_id, person_id)
);
create index task_watchers_person_idx on task_watchers (person_id);

create sequence task_entries_seq start with 1 increment by 50;

-- Comments and the history of changes, in one timeline per task
create table task_entries (
    id         bigint primary key,
    task_id    bigint not null references tasks (id) on delete cascade,
    author_id  bigint references people (id),
    kind       varchar(16) not null,
    body       text not null,
    created_at timestamp with time zone not null
);
create index task_entries_task_idx on task_entries (task_id, created_at, id);
