-- A planned check-in of a mentor whose mentee moved to another mentor is offered to the new one, who takes it
-- over (it becomes theirs) or lets it go (it is cancelled); unanswered offers lapse when the time comes
alter table checkins add column offered_to bigint references people (id);
alter table checkins add column offered_at timestamp with time zone;
create index checkins_offered_idx on checkins (offered_to) where offered_to is not null;
