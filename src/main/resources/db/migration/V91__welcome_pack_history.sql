-- Every step of a Welcome Pack's shipment, in order: who moved it to which state and when
create table welcome_pack_history (
    id              bigserial primary key,
    application_id  bigint       not null references applications (id) on delete cascade,
    step            varchar(12)  not null,
    state           varchar(12)  not null,
    changed_by      bigint       references people (id),
    changed_at      timestamp with time zone not null
);
create index welcome_pack_history_application_idx on welcome_pack_history (application_id, changed_at, id);

-- the packs that exist already start their history with the state they are in
insert into welcome_pack_history (application_id, step, state, changed_at)
select application_id, 'CREATED', state, updated_at from welcome_packs;
