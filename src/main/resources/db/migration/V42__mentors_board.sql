-- The mentors' board: threads and replies among mentors and the Council, with followers who get mail
create sequence board_threads_seq start with 1 increment by 50;

create table board_threads (
    id               bigint primary key,
    author_id        bigint       not null references people (id),
    title            varchar(200) not null,
    body             text         not null,
    created_at       timestamp with time zone not null,
    last_activity_at timestamp with time zone not null,
    reply_count      integer      not null default 0,
    version          bigint       not null default 0
);
-- the board: newest activity first
create index board_threads_activity_idx on board_threads (last_activity_at desc, id desc);

create sequence board_replies_seq start with 1 increment by 50;

create table board_replies (
    id         bigint primary key,
    thread_id  bigint not null references board_threads (id) on delete cascade,
    author_id  bigint not null references people (id),
    body       text   not null,
    created_at timestamp with time zone not null
);
create index board_replies_thread_idx on board_replies (thread_id, created_at, id);

create table board_followers (
    thread_id bigint not null references board_threads (id) on delete cascade,
    person_id bigint not null references people (id) on delete cascade,
    primary key (thread_id, person_id)
);
create index board_followers_person_idx on board_followers (person_id);
