-- Each person's last report date, kept up by the database on every write to activity_reports (forms, the API,
-- imports and reports filed by other modules alike), so that pages and daily jobs read one row per person instead
-- of the maximum over all their reports.
create table report_activity (
    person_id        bigint primary key,
    last_reported_on date   not null
);
create index report_activity_last_idx on report_activity (last_reported_on, person_id);

insert into report_activity (person_id, last_reported_on)
select person_id, max(reported_on) from activity_reports group by person_id;

create function report_activity_keep_up() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        delete from report_activity a where a.person_id = old.person_id;
        insert into report_activity (person_id, last_reported_on)
        select old.person_id, max(r.reported_on) from activity_reports r where r.person_id = old.person_id
        having max(r.reported_on) is not null;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into report_activity (person_id, last_reported_on) values (new.person_id, new.reported_on)
        on conflict (person_id) do update set last_reported_on = greatest(report_activity.last_reported_on, excluded.last_reported_on);
    end if;
    return null;
end;
$$;

create trigger activity_reports_keep_up_last
    after insert or update of person_id, reported_on or delete on activity_reports
    for each row execute function report_activity_keep_up();
