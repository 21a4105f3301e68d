create sequence budget_comments_seq start with 1 increment by 50;

-- The Council's discussion of a request, with the requester's mentor: read by all who may see the request
create table budget_comments (
    id         bigint primary key,
    request_id bigint not null references budget_requests (id) on delete cascade,
    author_id  bigint not null references people (id),
    body       text not null,
    created_at timestamp with time zone not null
);
create index budget_comments_request_idx on budget_comments (request_id, created_at, id);
create index budget_comments_author_idx on budget_comments (author_id);

-- Whether every Council member was told that the vote's voting days began
alter table budget_requests add column voting_announced boolean not null default false;
-- A request whose Rep had no mentor is reviewed by a Council member in the mentor's place
alter table budget_requests add column council_review boolean not null default false;
