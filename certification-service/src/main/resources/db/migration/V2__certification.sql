-- The CCPs of the title, as editable reference data (RNCP 36241, registered until 2027-05-16).
create table ccp_reference (
    code      varchar(40)  primary key,
    title     varchar(300) not null,
    position  integer      not null
);
insert into ccp_reference values
  ('RNCP36241BC01', 'Contribuer à une veille sociale territoriale et participer aux réseaux professionnels', 1),
  ('RNCP36241BC02', 'Mettre en œuvre une médiation sociale d''accès aux droits et services', 2),
  ('RNCP36241BC03', 'Participer à la conception et à la mise en œuvre d''activités support à la médiation sociale', 3);

-- What certification knows of a candidate, from events; personal columns are nullable for erasure.
create table candidate (
    candidate_id                  uuid         primary key,
    cohort_id                     uuid,
    first_name                    varchar(100),
    last_name                     varchar(100),
    enrolled_on                   date,
    training_completed_on         date,
    employer_period_completed_on  date,
    withdrawn_on                  date,
    contracts_signed              integer      not null default 0,
    contracts_terminated          integer      not null default 0,
    file_received_on              date,
    file_reference                varchar(100),
    erased_at                     timestamptz,
    version                       bigint       not null default 0
);
create index candidate_cohort on candidate (cohort_id);

create table ccp_held (
    candidate_id  uuid         not null references candidate (candidate_id),
    ccp_code      varchar(40)  not null references ccp_reference (code),
    obtained_on   date         not null,
    session_id    uuid         not null,
    primary key (candidate_id, ccp_code)
);

create table exam_session (
    id          uuid         primary key,
    exam_date   date         not null,
    place       varchar(300) not null,
    capacity    integer      not null check (capacity > 0),
    jury        jsonb        not null,
    status      varchar(12)  not null,
    created_by  varchar(200) not null,
    created_at  timestamptz  not null,
    version     bigint       not null default 0
);

create table registration (
    id              uuid         primary key,
    session_id      uuid         not null references exam_session (id),
    candidate_id    uuid         not null references candidate (candidate_id),
    ccps            jsonb        not null,
    status          varchar(12)  not null,
    outcome         varchar(20),
    jury_decision   text,
    decided_on      date,
    registered_at   timestamptz  not null,
    version         bigint       not null default 0,
    unique (session_id, candidate_id)
);

create table certificate (
    number           varchar(40)  primary key,
    candidate_id     uuid         not null references candidate (candidate_id),
    kind             varchar(12)  not null,
    ccps             jsonb        not null,
    issued_on        date         not null,
    holder_initials  varchar(10)  not null,
    status           varchar(10)  not null,
    revoked_reason   text,
    revoked_at       timestamptz,
    credential       text         not null
);
create index certificate_candidate on certificate (candidate_id);
