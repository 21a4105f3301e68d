-- Private calendar feed addresses: the token is the capability, so it is random, long and renewable
create table calendar_feeds (
    person_id  bigint primary key references people (id) on delete cascade,
    token      varchar(64) not null,
    created_at timestamp with time zone not null
);
create unique index calendar_feeds_token_idx on calendar_feeds (token);
