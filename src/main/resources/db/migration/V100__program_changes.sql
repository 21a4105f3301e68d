-- A counter of changes to what the program-wide mentorship figures are computed from (people's status and names,
-- roles, mentor assignments, capacities, the orphan watch). Pages cache those figures under the counter's value and
-- compute them again only when it moved, on any instance. The counter is raised once per transaction, at commit
-- (a deferred constraint trigger), so a writer holds its lock only while committing and never deadlocks on it.
create table program_changes (
    id      smallint primary key check (id = 1),
    version bigint   not null
);
insert into program_changes (id, version) values (1, 0);

create function program_changes_raise() returns trigger language plpgsql as $$
begin
    if current_setting('portal.program_changed', true) is distinct from 'yes' then
        update program_changes set version = version + 1 where id = 1;
        perform set_config('portal.program_changed', 'yes', true);
    end if;
    return null;
end;
$$;

create constraint trigger people_program_changes after insert or delete or update of status, display_name, joined_on
    on people deferrable initially deferred for each row execute function program_changes_raise();
create constraint trigger person_roles_program_changes after insert or update or delete
    on person_roles deferrable initially deferred for each row execute function program_changes_raise();
create constraint trigger mentor_assignments_program_changes after insert or update or delete
    on mentor_assignments deferrable initially deferred for each row execute function program_changes_raise();
create constraint trigger mentor_capacities_program_changes after insert or update or delete
    on mentor_capacities deferrable initially deferred for each row execute function program_changes_raise();
create constraint trigger orphan_watch_program_changes after insert or update or delete
    on orphan_watch deferrable initially deferred for each row execute function program_changes_raise();
