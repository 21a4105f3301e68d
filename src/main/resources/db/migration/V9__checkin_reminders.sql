-- A planned check-in is reminded once, a day or so before it
alter table checkins add column reminded_at timestamp with time zone;
