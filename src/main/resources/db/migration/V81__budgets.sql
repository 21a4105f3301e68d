create sequence budget_requests_seq start with 1 increment by 50;

-- A budget request on an event: lines in one currency, savings sought, the review workflow's state
create table budget_requests (
    id                   bigint primary key,
    event_id             bigint not null references events (id),
    requester_id         bigint not null references people (id),
    mentor_id            bigint references people (id),
    region_code          varchar(48),
    currency             char(3) not null,
    expected_attendance  integer not null,
    event_starts_on      date not null,
    event_ends_on        date not null,
    savings_sought       text,
    no_savings_reason    text,
    travel_reason        text,
    state                varchar(24) not null,
    route                varchar(16),
    total                numeric(14, 2) not null,
    approved_amount      numeric(14, 2),
    lead_time_exception  text,
    exception_by         bigint references people (id),
    mentor_rationale     text,
    vote_opens_at        timestamp with time zone,
    voting_starts_at     timestamp with time zone,
    vote_ends_at         timestamp with time zone,
    vote_extended        boolean not null default false,
    electorate           integer,
    submitted_at         timestamp with time zone,
    decided_at           timestamp with time zone,
    receipts_done_at     timestamp with time zone,
    receipts_reminded    integer not null default 0,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              bigint not null default 0
);
create index budget_requests_requester_idx on budget_requests (requester_id, created_at desc);
create index budget_requests_mentor_idx on budget_requests (mentor_id, state);
create index budget_requests_state_idx on budget_requests (state, updated_at);
create index budget_requests_event_idx on budget_requests (event_id);

create table budget_lines (
    request_id  bigint not null references budget_requests (id) on delete cascade,
    position    integer not null,
    category    varchar(16) not null,
    description varchar(300) not null,
    quantity    numeric(12, 2) not null check (quantity > 0),
    unit_cost   numeric(14, 2) not null check (unit_cost > 0),
    primary key (request_id, position)
);
create index budget_lines_category_idx on budget_lines (category);

-- The mentor's marks on the SOP's six points
create table budget_review_points (
    request_id bigint not null references budget_requests (id) on delete cascade,
    point_key  varchar(24) not null,
    verdict    varchar(8) not null,
    note       varchar(2000),
    primary key (request_id, point_key)
);

-- Everything that happened to a request, in order
create table budget_history (
    request_id bigint not null references budget_requests (id) on delete cascade,
    position   integer not null,
    at         timestamp with time zone not null,
    actor_id   bigint references people (id),
    action     varchar(32) not null,
    amount     numeric(14, 2),
    note       text,
    primary key (request_id, position)
);

create table budget_votes (
    request_id bigint not null references budget_requests (id) on delete cascade,
    voter_id   bigint not null references people (id),
    outcome    varchar(24) not null,
    amount     numeric(14, 2),
    reason     text not null,
    at         timestamp with time zone not null,
    primary key (request_id, voter_id)
);

create sequence budget_receipts_seq start with 1 increment by 50;

-- Receipts, photos and lost-receipt statements after the event, kept in the database so every instance sees them
create table budget_receipts (
    id           bigint primary key,
    request_id   bigint not null references budget_requests (id) on delete cascade,
    kind         varchar(16) not null,
    filename     varchar(255),
    content_type varchar(100),
    size_bytes   bigint,
    content      bytea,
    statement    text,
    uploaded_by  bigint not null references people (id),
    uploaded_at  timestamp with time zone not null
);
create index budget_receipts_request_idx on budget_receipts (request_id);

-- A time-boxed Council waiver that lets a Rep with overdue receipts file again
create table receipt_waivers (
    person_id  bigint not null references people (id),
    until_on   date not null,
    granted_by bigint not null references people (id),
    reason     text not null,
    granted_at timestamp with time zone not null
);
create index receipt_waivers_person_idx on receipt_waivers (person_id, until_on desc);
