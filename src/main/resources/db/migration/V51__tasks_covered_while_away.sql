-- A task handed to a delegate while its assignee is away remembers whose it is, to go back on their return
alter table tasks add column covering_for_id bigint references people (id);
create index tasks_covering_for_idx on tasks (covering_for_id) where covering_for_id is not null;
