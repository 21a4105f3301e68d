-- The Council's "silent for six and twelve months" figures are kept under the program_changes counter (V100) as well.
-- A report raises the counter only when it can move someone into or out of those figures: a person's first report
-- (before it, their silence ran from the day they joined), a last report that is taken back, and a last report date
-- that moves from or to one older than six months. The second test, a jump of more than 180 days, also holds when the
-- portal's day runs ahead of the database's. Raised once per transaction, at commit, as V100's triggers are.
create constraint trigger report_activity_program_changes_added
    after insert or delete on report_activity
    deferrable initially deferred for each row execute function program_changes_raise();

create constraint trigger report_activity_program_changes_moved
    after update of last_reported_on on report_activity
    deferrable initially deferred for each row
    when (least(old.last_reported_on, new.last_reported_on) < current_date - interval '6 months'
          or abs(new.last_reported_on - old.last_reported_on) > 180)
    execute function program_changes_raise();
