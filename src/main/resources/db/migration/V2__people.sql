-- Reference data: regional communities, countries, functional areas, activity types, languages
create table regions (
    code varchar(32) primary key,
    name varchar(100) not null
);

create table countries (
    code        char(2) primary key,
    name        varchar(100) not null,
    region_code varchar(32) not null references regions (code)
);
create index countries_region_idx on countries (region_code);

create table functional_areas (
    code varchar(48) primary key,
    name varchar(100) not null
);

create table activity_types (
    code       varchar(48) primary key,
    name       varchar(100) not null,
    verifiable boolean not null default false
);

create table languages (
    code char(2) primary key,
    name varchar(60) not null
);

create sequence people_seq start with 1 increment by 50;

create table people (
    id             bigint primary key,
    display_name   varchar(60) not null,
    full_name      varchar(120) not null,
    email          varchar(254) not null,
    country_code   char(2) not null references countries (code),
    city           varchar(100),
    time_zone      varchar(64) not null,
    bio            text,
    joined_on      date not null,
    status         varchar(16) not null,
    version        bigint not null default 0
);
create unique index people_email_idx on people (lower(email));
create index people_display_name_idx on people (lower(display_name));
create index people_country_idx on people (country_code);

create table person_roles (
    person_id bigint not null references people (id) on delete cascade,
    role      varchar(16) not null,
    primary key (person_id, role)
);
create index person_roles_role_idx on person_roles (role, person_id);

create table person_languages (
    person_id     bigint not null references people (id) on delete cascade,
    language_code char(2) not null references languages (code),
    primary key (person_id, language_code)
);

create table person_functional_areas (
    person_id bigint not null references people (id) on delete cascade,
    area_code varchar(48) not null references functional_areas (code),
    primary key (person_id, area_code)
);
create index person_functional_areas_area_idx on person_functional_areas (area_code, person_id);

insert into regions (code, name) values
    ('AFRICA', 'Africa & Middle East'),
    ('ASIA', 'Asia & South Pacific'),
    ('EUROPE', 'Europe'),
    ('LATAM', 'Latin America'),
    ('NORTH_AMERICA', 'North America');

insert into countries (code, name, region_code) values
    ('NG', 'Nigeria', 'AFRICA'), ('KE', 'Kenya', 'AFRICA'), ('EG', 'Egypt', 'AFRICA'),
    ('TN', 'Tunisia', 'AFRICA'), ('CM', 'Cameroon', 'AFRICA'), ('ZA', 'South Africa', 'AFRICA'),
    ('IN', 'India', 'ASIA'), ('BD', 'Bangladesh', 'ASIA'), ('ID', 'Indonesia', 'ASIA'),
    ('TW', 'Taiwan', 'ASIA'), ('JP', 'Japan', 'ASIA'), ('PH', 'Philippines', 'ASIA'), ('AU', 'Australia', 'ASIA'),
    ('DE', 'Germany', 'EUROPE'), ('FR', 'France', 'EUROPE'), ('IT', 'Italy', 'EUROPE'),
    ('GR', 'Greece', 'EUROPE'), ('AL', 'Albania', 'EUROPE'), ('ES', 'Spain', 'EUROPE'), ('PL', 'Poland', 'EUROPE'),
    ('BR', 'Brazil', 'LATAM'), ('MX', 'Mexico', 'LATAM'), ('AR', 'Argentina', 'LATAM'),
    ('CO', 'Colombia', 'LATAM'), ('PE', 'Peru', 'LATAM'),
    ('US', 'United States', 'NORTH_AMERICA'), ('CA', 'Canada', 'NORTH_AMERICA');

insert into functional_areas (code, name) values
    ('LOCALIZATION', 'Localization'), ('EVENTS', 'Events'), ('PRIVACY', 'Privacy'),
    ('DEVELOPMENT', 'Development'), ('QA', 'Quality assurance'), ('SUPPORT', 'User support'),
    ('EDUCATION', 'Education'), ('MARKETING', 'Marketing & social'), ('DOCUMENTATION', 'Documentation'),
    ('OPEN_INNOVATION', 'Open innovation'), ('COMMUNITY_BUILDING', 'Community building');

insert into activity_types (code, name, verifiable) values
    ('ORGANIZED_EVENT', 'Organized an event', true),
    ('ATTENDED_EVENT', 'Attended an event', false),
    ('SPOKE_AT_EVENT', 'Spoke at an event', true),
    ('POST_EVENT_METRICS', 'Filed post-event metrics', false),
    ('LOCALIZATION_WORK', 'Localization work', false),
    ('WROTE_ARTICLE', 'Wrote an article or blog post', false),
    ('MENTORED', 'Mentored someone', false),
    ('CODE_CONTRIBUTION', 'Contributed code', true),
    ('SOCIAL_MEDIA', 'Social media campaign', false),
    ('RECRUITED', 'Recruited new contributors', true),
    ('OTHER', 'Other', false);

insert into languages (code, name) values
    ('en', 'English'), ('es', 'Spanish'), ('fr', 'French'), ('de', 'German'), ('pt', 'Portuguese'),
    ('it', 'Italian'), ('el', 'Greek'), ('sq', 'Albanian'), ('ar', 'Arabic'), ('hi', 'Hindi'),
    ('bn', 'Bengali'), ('id', 'Indonesian'), ('zh', 'Chinese'), ('ja', 'Japanese'), ('sw', 'Swahili'),
    ('pl', 'Polish'), ('tl', 'Tagalog');
