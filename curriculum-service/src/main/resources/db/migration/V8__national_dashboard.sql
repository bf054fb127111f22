-- What the national apprenticeship dashboard's v3 record needs, kept from the events curriculum consumes,
-- and what was sent to it.

-- When our status last changed (the record's date_metier_mise_a_jour_statut); exclusion from the training
-- (a contract terminated for EXCLUSION_FROM_CFA); the certification's outcome.
alter table enrollment add column status_changed_at timestamptz;
update enrollment set status_changed_at = updated_at;
alter table enrollment alter column status_changed_at set not null;
alter table enrollment add column excluded_on date;
alter table enrollment add column diploma_obtained boolean;
alter table enrollment add column diploma_obtained_on date;

-- Every contract of a learner, in signing order (the State takes up to four).
create table enrollment_contract (
    enrollment_id       uuid        not null references enrollment (id),
    contract_id         uuid        not null,
    ordinal             int         not null,
    start_date          date        not null,
    end_date            date,
    employer_siret      varchar(14),
    terminated_on       date,
    termination_ground  varchar(40),
    primary key (enrollment_id, contract_id),
    unique (enrollment_id, ordinal)
);
-- Contracts signed before this table existed: start from the history, no end date or SIRET (v1 events had none).
insert into enrollment_contract (enrollment_id, contract_id, ordinal, start_date, terminated_on)
select e.id, e.contract_id, 1,
       coalesce((select max(h.effective_on) from enrollment_history h where h.enrollment_id = e.id and h.cause = 'ContractSigned'), e.status_since),
       e.contract_terminated_on
from enrollment e where e.contract_id is not null;

-- The last version of each learner's record sent to the State: its fingerprint (SHA-256 of the JSON sent),
-- so that an unchanged record is never sent twice, and whether the State accepted it.
create table national_dashboard_record (
    enrollment_id    uuid         primary key references enrollment (id),
    school_year      varchar(9)   not null,
    fingerprint      varchar(64)  not null,
    outcome          varchar(10)  not null,
    transmission_id  uuid         not null,
    sent_at          timestamptz  not null
);

-- Each transmission: who started it, how it went. At most one RUNNING at a time.
create table national_dashboard_transmission (
    id            uuid          primary key,
    trigger_kind  varchar(10)   not null,
    requested_by  varchar(200),
    started_at    timestamptz   not null,
    finished_at   timestamptz,
    state         varchar(20)   not null,
    batches       int           not null default 0,
    sent          int           not null default 0,
    accepted      int           not null default 0,
    rejected      int           not null default 0,
    failure       varchar(500)
);
create unique index national_dashboard_one_running on national_dashboard_transmission ((state)) where state = 'RUNNING';
create index national_dashboard_transmission_started on national_dashboard_transmission (started_at desc, id);

-- Per-record validation errors of the State's answer, one row per field at fault.
create table national_dashboard_rejection (
    id               bigserial     primary key,
    transmission_id  uuid          not null references national_dashboard_transmission (id),
    enrollment_id    uuid          not null references enrollment (id),
    field            varchar(100),
    message          varchar(500)  not null
);
create index national_dashboard_rejection_transmission on national_dashboard_rejection (transmission_id, id);

-- The daily transmission of one day of the suite's clock is claimed once, whatever the number of replicas.
create table national_dashboard_daily_run (
    day         date         primary key,
    claimed_at  timestamptz  not null
);
