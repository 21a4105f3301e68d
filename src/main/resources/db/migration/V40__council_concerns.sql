-- Concerns raised to the Council: confidential, seen by the reporter and the Council only (see
-- ConcernVisibilityPolicy); a CONFLICT may involve the reporter's mentor at the reporter's wish.
create sequence concerns_seq start with 1 increment by 50;

create table concerns (
    id                       bigint primary key,
    category                 varchar(32)  not null,
    reporter_id              bigint       not null references people (id),
    about_person_id          bigint       references people (id),
    involved_mentor_id       bigint       references people (id),
    summary                  varchar(200) not null,
    details                  text         not null,
    reporting_route_followed boolean      not null default false,
    -- NEW, ACKNOWLEDGED, IN_PROGRESS, RESOLVED
    state                    varchar(16)  not null,
    raised_at                timestamp with time zone not null,
    acknowledged_at          timestamp with time zone,
    acknowledged_by          bigint       references people (id),
    work_started_at          timestamp with time zone,
    resolved_at              timestamp with time zone,
    resolved_by              bigint       references people (id),
    resolution               text,
    version                  bigint       not null default 0,
    constraint concerns_abuse_route_followed check (category <> 'ABUSE' or reporting_route_followed),
    constraint concerns_mentor_only_for_conflict check (involved_mentor_id is null or category = 'CONFLICT'),
    constraint concerns_not_about_reporter check (about_person_id is null or about_person_id <> reporter_id),
    constraint concerns_acknowledged_after_raised check (acknowledged_at is null or acknowledged_at >= raised_at)
);
-- the Council's queue: newest first, optionally by state or category
create index concerns_raised_idx on concerns (raised_at desc, id desc);
create index concerns_state_idx on concerns (state, raised_at desc, id desc);
create index concerns_category_idx on concerns (category, raised_at desc, id desc);
-- recusal: the queue leaves out concerns about the Council member who reads it
create index concerns_about_idx on concerns (about_person_id) where about_person_id is not null;
-- "my concerns": raised by me, or shared with me as the reporter's mentor
create index concerns_reporter_idx on concerns (reporter_id, raised_at desc, id desc);
create index concerns_involved_mentor_idx on concerns (involved_mentor_id, raised_at desc, id desc)
    where involved_mentor_id is not null;
-- time to acknowledge (average and median)
create index concerns_acknowledged_idx on concerns (category) include (raised_at, acknowledged_at)
    where acknowledged_at is not null;

-- Every view of and change to a concern, in order. The portal only ever inserts here: updates,
-- deletes and truncation are refused by the database itself.
create table concern_audit (
    id         bigint generated always as identity primary key,
    concern_id bigint      not null references concerns (id),
    actor_id   bigint      not null references people (id),
    action     varchar(32) not null,
    note       varchar(500),
    at         timestamp with time zone not null
);
create index concern_audit_concern_idx on concern_audit (concern_id, at, id);

create function concern_audit_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'concern_audit is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger concern_audit_no_update_or_delete
    before update or delete on concern_audit
    for each row execute function concern_audit_is_append_only();

create trigger concern_audit_no_truncate
    before truncate on concern_audit
    for each statement execute function concern_audit_is_append_only();
