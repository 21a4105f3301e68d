-- Feedback to a functional area or to the leadership (the Council): the areas' contacts, each feedback with its
-- state and answer, and the contacts each one was delivered to (a task and a mail each).

create table feedback_area_contacts (
    area_code varchar(48) not null references functional_areas (code),
    person_id bigint      not null references people (id) on delete cascade,
    added_by  bigint      not null references people (id),
    added_at  timestamptz not null,
    primary key (area_code, person_id)
);
create index feedback_area_contacts_person_idx on feedback_area_contacts (person_id, area_code);

create sequence feedback_seq start with 1 increment by 50;

create table feedback (
    id              bigint primary key,
    sender_id       bigint       not null references people (id),
    -- a mentor forwarding a mentee's feedback names the mentee here; mentee_named says whether the contacts see who
    mentee_id       bigint references people (id),
    mentee_named    boolean      not null default false,
    -- the area it is for; null: for the leadership
    area_code       varchar(48) references functional_areas (code),
    subject         varchar(200) not null,
    body            text         not null,
    state           varchar(16)  not null,
    received_at     timestamptz  not null,
    acknowledged_at timestamptz,
    acknowledged_by bigint references people (id),
    closed_at       timestamptz,
    closed_by       bigint references people (id),
    answer          text,
    version         bigint       not null default 0,
    constraint feedback_named_mentee check (mentee_id is not null or not mentee_named),
    constraint feedback_state check (state in ('RECEIVED', 'ACKNOWLEDGED', 'CLOSED'))
);
create index feedback_sender_idx on feedback (sender_id, received_at desc);
create index feedback_mentee_idx on feedback (mentee_id, received_at desc) where mentee_id is not null;
create index feedback_area_idx on feedback (area_code, received_at desc);
create index feedback_leadership_idx on feedback (received_at desc) where area_code is null;

create table feedback_deliveries (
    feedback_id bigint not null references feedback (id) on delete cascade,
    person_id   bigint not null references people (id) on delete cascade,
    primary key (feedback_id, person_id)
);
create index feedback_deliveries_person_idx on feedback_deliveries (person_id);
