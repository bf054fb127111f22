-- Employers (host organisations), their tutors (maîtres d'apprentissage), offers, contracts, evaluations,
-- and the placeable learners read model. Personal columns are nullable for erasure.
alter table cohort add column employer_week_starts jsonb not null default '[]';

create table employer (
    id             uuid         primary key,
    legal_name     varchar(300) not null,
    siret          varchar(14)  not null unique,
    kind           varchar(40)  not null,
    sector         varchar(10)  not null,
    filing_body    varchar(10)  not null,
    opco           varchar(100),
    street         varchar(300),
    postal_code    varchar(10),
    city           varchar(100),
    contact_name   varchar(200),
    contact_email  varchar(200),
    contact_phone  varchar(40),
    created_by     varchar(200) not null,
    created_at     timestamptz  not null,
    version        bigint       not null default 0
);

create table tutor (
    id                          uuid         primary key,
    employer_id                 uuid         not null references employer (id),
    first_name                  varchar(100) not null,
    last_name                   varchar(100) not null,
    email                       varchar(200),
    diploma_title               varchar(200),
    diploma_level               integer,
    diploma_relevant            boolean      not null,
    relevant_experience_months  integer      not null,
    created_at                  timestamptz  not null
);
create index tutor_employer on tutor (employer_id);

create table offer (
    id               uuid         primary key,
    employer_id      uuid         not null references employer (id),
    title            varchar(200) not null,
    place            varchar(300) not null,
    zones            jsonb        not null default '[]',
    start_date       date         not null,
    positions        integer      not null check (positions > 0),
    positions_taken  integer      not null default 0,
    status           varchar(10)  not null,
    created_at       timestamptz  not null,
    version          bigint       not null default 0
);
create index offer_status on offer (status, start_date);

create table learner (
    candidate_id  uuid         primary key,
    cohort_id     uuid         not null,
    first_name    varchar(100),
    last_name     varchar(100),
    birth_date    date,
    email         varchar(200),
    phone         varchar(40),
    withdrawn     boolean      not null default false,
    admitted_at   timestamptz  not null,
    erased_at     timestamptz
);
create index learner_cohort on learner (cohort_id);

create table contract (
    id                     uuid         primary key,
    candidate_id           uuid         not null references learner (candidate_id),
    cohort_id              uuid         not null,
    employer_id            uuid         not null references employer (id),
    tutor_id               uuid         not null references tutor (id),
    offer_id               uuid         references offer (id),
    start_date             date         not null,
    end_date               date         not null,
    weekly_hours           integer      not null,
    repeating              boolean      not null default false,
    status                 varchar(12)  not null,
    terminated_on          date,
    termination_ground     varchar(40),
    termination_initiator  varchar(20),
    termination_reason     text,
    period_completed       boolean      not null default false,
    signed_by              varchar(200) not null,
    signed_at              timestamptz  not null,
    version                bigint       not null default 0
);
-- one active contract per learner
create unique index contract_one_active_per_learner on contract (candidate_id) where status = 'ACTIVE';
create index contract_employer on contract (employer_id);
create index contract_tutor on contract (tutor_id, status);

create table evaluation (
    id            uuid         primary key,
    contract_id   uuid         not null references contract (id),
    period_from   date         not null,
    period_to     date         not null,
    ratings       jsonb        not null,
    comments      text,
    final_review  boolean      not null,
    evaluated_by  varchar(200) not null,
    evaluated_at  timestamptz  not null
);
create index evaluation_contract on evaluation (contract_id);
