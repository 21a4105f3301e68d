create sequence activity_reports_seq start with 1 increment by 50;

create table activity_reports (
    id            bigint primary key,
    person_id     bigint not null references people (id) on delete cascade,
    reported_on   date not null,
    activity_code varchar(48) not null references activity_types (code),
    area_code     varchar(48) not null references functional_areas (code),
    description   text not null,
    link          varchar(500),
    location      varchar(200),
    initiative    varchar(200),
    verified_by   bigint references people (id),
    verified_at   timestamp with time zone,
    created_at    timestamp with time zone not null,
    version       bigint not null default 0
);
create index activity_reports_person_date_idx on activity_reports (person_id, reported_on desc, id desc);
create index activity_reports_date_idx on activity_reports (reported_on desc, id desc);

create sequence report_comments_seq start with 1 increment by 50;

create table report_comments (
    id         bigint primary key,
    report_id  bigint not null references activity_reports (id) on delete cascade,
    author_id  bigint not null references people (id),
    body       text not null,
    created_at timestamp with time zone not null
);
create index report_comments_report_idx on report_comments (report_id, created_at);

-- Which no-report reminder went out for which silence, so that the daily job never repeats itself
create table inactivity_reminders (
    person_id      bigint not null references people (id) on delete cascade,
    stage          varchar(16) not null,
    silent_since   date not null,
    sent_on        date not null,
    primary key (person_id, stage, silent_since)
);
