-- The SOP library: the program's procedures as versioned Markdown pages
create sequence sop_pages_seq start with 1 increment by 50;

create table sop_pages (
    id               bigint primary key,
    slug             varchar(80)  not null,
    title            varchar(200) not null,
    summary          varchar(500),
    current_version  integer      not null,
    review_by        date         not null,
    flagged_outdated boolean      not null default false,
    outdated_note    varchar(500),
    flagged_by       bigint references people (id),
    flagged_at       timestamp with time zone,
    updated_at       timestamp with time zone not null,
    version          bigint       not null default 0
);
create unique index sop_pages_slug_idx on sop_pages (slug);
-- the list of pages is by title; the Council's list of pages due for review is by review-by date
create index sop_pages_title_idx on sop_pages (lower(title), id);
create index sop_pages_review_by_idx on sop_pages (review_by, id);

create sequence sop_page_versions_seq start with 1 increment by 50;

-- Every version is kept; the page names its current one
create table sop_page_versions (
    id            bigint primary key,
    page_id       bigint  not null references sop_pages (id),
    number        integer not null,
    body          text    not null,
    change_note   varchar(1000),
    author_id     bigint references people (id),
    suggestion_id bigint,
    created_at    timestamp with time zone not null
);
-- a page's history, newest first, and one version by number
create unique index sop_page_versions_page_number_idx on sop_page_versions (page_id, number desc);

create sequence sop_suggestions_seq start with 1 increment by 50;

-- Edits any member suggests; a Council editor accepts (a new version) or rejects them with a comment
create table sop_suggestions (
    id               bigint primary key,
    page_id          bigint        not null references sop_pages (id),
    base_version     integer       not null,
    body             text          not null,
    note             varchar(1000) not null,
    author_id        bigint        not null references people (id),
    state            varchar(16)   not null,
    decided_by       bigint references people (id),
    decided_at       timestamp with time zone,
    decision_comment varchar(1000),
    accepted_version integer,
    created_at       timestamp with time zone not null,
    version          bigint        not null default 0
);
create index sop_suggestions_pending_idx on sop_suggestions (created_at, id) where state = 'PENDING';
create index sop_suggestions_page_idx on sop_suggestions (page_id, created_at desc, id desc);
create index sop_suggestions_author_idx on sop_suggestions (author_id, created_at desc);

-- Who read which version of a page ("I have read this version")
create table sop_page_reads (
    person_id    bigint  not null references people (id),
    page_id      bigint  not null references sop_pages (id),
    page_version integer not null,
    read_at      timestamp with time zone not null,
    primary key (person_id, page_id, page_version)
);
create index sop_page_reads_page_idx on sop_page_reads (page_id, page_version);

create sequence community_resources_seq start with 1 increment by 50;

-- Useful links any member adds, by topic; others flag them outdated; the Council moderates
create table community_resources (
    id               bigint primary key,
    title            varchar(200) not null,
    url              varchar(500) not null,
    topic            varchar(32)  not null,
    note             varchar(1000),
    added_by         bigint       not null references people (id),
    added_at         timestamp with time zone not null,
    status           varchar(16)  not null,
    flagged_outdated boolean      not null default false,
    flag_note        varchar(500),
    flagged_by       bigint references people (id),
    flagged_at       timestamp with time zone,
    moderated_by     bigint references people (id),
    moderated_at     timestamp with time zone,
    version          bigint       not null default 0
);
-- listed by topic and title; hidden links only in the Council's moderation list
create index community_resources_listed_idx on community_resources (topic, lower(title), id) where status <> 'HIDDEN';
create index community_resources_moderation_idx on community_resources (added_at desc, id)
    where status <> 'APPROVED' or flagged_outdated;
