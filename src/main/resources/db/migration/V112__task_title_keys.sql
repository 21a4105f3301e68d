-- A task title the portal writes is kept as its message key and arguments, so that each viewer reads it in their
-- language; title keeps the text in the base language (and is all that tasks from before have).
alter table tasks add column title_key varchar(120);
alter table tasks add column title_args text[];
