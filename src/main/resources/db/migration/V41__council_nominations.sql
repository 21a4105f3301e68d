-- Emerging leaders nominated by their mentors; the Council follows each one up. The nominee is not told
-- until the Council decides to (nominee_told_at).
create sequence nominations_seq start with 1 increment by 50;

create table nominations (
    id               bigint primary key,
    nominee_id       bigint      not null references people (id),
    nominated_by     bigint      not null references people (id),
    reason           text        not null,
    -- NOMINATED, FOLLOWING_UP, INVITED, NOT_NOW
    state            varchar(16) not null,
    nominated_at     timestamp with time zone not null,
    nominee_told_at  timestamp with time zone,
    nominee_told_by  bigint      references people (id),
    version          bigint      not null default 0
);
-- the Council's pipeline: newest first, optionally by state
create index nominations_nominated_idx on nominations (nominated_at desc, id desc);
create index nominations_state_idx on nominations (state, nominated_at desc, id desc);
-- a mentor's own nominations
create index nominations_by_idx on nominations (nominated_by, nominated_at desc, id desc);
-- one open nomination per person at a time
create unique index nominations_open_nominee_idx on nominations (nominee_id) where state in ('NOMINATED', 'FOLLOWING_UP');
create index nominations_nominee_idx on nominations (nominee_id);

create sequence nomination_follow_ups_seq start with 1 increment by 50;

create table nomination_follow_ups (
    id              bigint primary key,
    nomination_id   bigint       not null references nominations (id),
    author_id       bigint       not null references people (id),
    followed_up_on  date         not null,
    note            text         not null,
    state_after     varchar(16)  not null,
    created_at      timestamp with time zone not null
);
create index nomination_follow_ups_nomination_idx on nomination_follow_ups (nomination_id, followed_up_on, id);
