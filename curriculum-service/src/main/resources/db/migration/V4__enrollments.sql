-- Learners of a cohort, created and moved only by events (admissions, placement, certification).
-- Personal columns are nullable: CandidateErased blanks them and keeps the row for the statistics.
create table enrollment (
    id                      uuid         primary key,
    candidate_id            uuid         not null unique,
    cohort_id               uuid         not null references cohort (id),
    application_id          uuid,
    first_name              varchar(100),
    last_name               varchar(100),
    birth_date              date,
    email                   varchar(200),
    phone                   varchar(40),
    status                  varchar(30)  not null,
    status_since            date         not null,
    enrolled_on             date         not null,
    contract_id             uuid,
    contract_terminated_on  date,
    erased_at               timestamptz,
    updated_at              timestamptz  not null,
    version                 bigint       not null default 0
);
create index enrollment_cohort_status on enrollment (cohort_id, status);

create table enrollment_history (
    id             bigserial    primary key,
    enrollment_id  uuid         not null references enrollment (id),
    from_status    varchar(30),
    to_status      varchar(30)  not null,
    effective_on   date         not null,
    recorded_at    timestamptz  not null,
    cause          varchar(100) not null
);
create index enrollment_history_enrollment on enrollment_history (enrollment_id, id);
