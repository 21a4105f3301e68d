-- The roster import (Admins): each real run of a CSV of people, its progress, summary and the lines it refused.
create table roster_imports (
    id             bigint generated always as identity primary key,
    started_by     bigint not null references people (id),
    file_name      varchar(255) not null,
    content        text not null,
    state          varchar(16) not null check (state in ('RUNNING', 'FINISHED')),
    total_rows     integer not null,
    processed_rows integer not null default 0,
    created        integer not null default 0,
    updated        integer not null default 0,
    unchanged      integer not null default 0,
    failed         integer not null default 0,
    started_at     timestamp with time zone not null,
    finished_at    timestamp with time zone
);
-- one import runs at a time: a second start finds the running one
create unique index roster_imports_one_running_idx on roster_imports ((true)) where state = 'RUNNING';
create index roster_imports_started_idx on roster_imports (started_at desc, id desc);

create table roster_import_errors (
    import_id   bigint not null references roster_imports (id) on delete cascade,
    line        integer not null,
    message_key varchar(100) not null,
    detail      varchar(500),
    primary key (import_id, line, message_key)
);
