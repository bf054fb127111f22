-- One sheet per half-day session of a centre week; one mark per learner; corrections are amendments.
create table attendance_sheet (
    id            uuid         primary key,
    cohort_id     uuid         not null references cohort (id),
    session_date  date         not null,
    half_day      varchar(10)  not null,
    module_code   varchar(10)  not null,
    trainer       varchar(200) not null,
    recorded_by   varchar(200) not null,
    recorded_at   timestamptz  not null,
    unique (cohort_id, session_date, half_day)
);

create table attendance_mark (
    sheet_id       uuid        not null references attendance_sheet (id),
    enrollment_id  uuid        not null references enrollment (id),
    mark           varchar(30) not null,
    amended        boolean     not null default false,
    primary key (sheet_id, enrollment_id)
);
create index attendance_mark_enrollment on attendance_mark (enrollment_id);

create table attendance_amendment (
    id             bigserial    primary key,
    sheet_id       uuid         not null references attendance_sheet (id),
    enrollment_id  uuid         not null references enrollment (id),
    from_mark      varchar(30)  not null,
    to_mark        varchar(30)  not null,
    reason         text         not null,
    amended_by     varchar(200) not null,
    amended_at     timestamptz  not null
);

-- Evaluations during training (ECF) per module.
create table module_result (
    enrollment_id  uuid          not null references enrollment (id),
    module_code    varchar(10)   not null,
    outcome        varchar(20)   not null,
    score          numeric(4, 1),
    assessed_on    date          not null,
    assessor       varchar(200)  not null,
    updated_at     timestamptz   not null,
    version        bigint        not null default 0,
    primary key (enrollment_id, module_code)
);

-- TrainingCompleted is announced once.
alter table enrollment add column training_completed_on date;
