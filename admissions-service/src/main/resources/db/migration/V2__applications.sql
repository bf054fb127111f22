-- Applications. Personal columns are nullable: erasure (GDPR art. 17) blanks them and keeps the
-- row, so counts by status, cohort and channel stay right.
create table application (
    id                          uuid         primary key,
    candidate_id                uuid         not null unique,
    cohort_id                   uuid         not null references cohort (id),
    status                      varchar(30)  not null,
    channel                     varchar(20)  not null,
    prescriber_id               uuid,
    submitted_by                varchar(200) not null,
    submitted_at                timestamptz  not null,
    first_name                  varchar(100),
    last_name                   varchar(100),
    birth_date                  date,
    email                       varchar(200),
    phone                       varchar(40),
    street                      varchar(300),
    postal_code                 varchar(10),
    city                        varchar(100),
    qualification_level         integer,
    qualification_title         varchar(200),
    qualification_social_field  boolean      not null default false,
    experiences                 jsonb        not null default '[]',
    documents                   jsonb        not null default '[]',
    -- RQTH (reconnaissance de la qualité de travailleur handicapé) is health data: admissions officers only.
    rqth                        boolean      not null default false,
    rqth_evidence_reference     varchar(200),
    eligible                    boolean      not null,
    eligibility_reasons         jsonb        not null default '[]',
    eligibility_evaluated_on    date         not null,
    interview_at                timestamptz,
    interview_place             varchar(300),
    interview_video_link        varchar(500),
    interviewers                jsonb,
    interview_attended          boolean,
    score_motivation            integer,
    score_job_understanding     integer,
    score_communication         integer,
    score_project               integer,
    interview_recommendation    varchar(20),
    interview_notes             text,
    waitlist_rank               integer,
    erased_at                   timestamptz,
    updated_at                  timestamptz  not null,
    version                     bigint       not null default 0
);
create index application_cohort_status on application (cohort_id, status);
create index application_prescriber on application (prescriber_id);

-- Every step: who (from the token), when, why.
create table application_history (
    id              bigserial    primary key,
    application_id  uuid         not null references application (id),
    step            varchar(40)  not null,
    from_status     varchar(30),
    to_status       varchar(30)  not null,
    actor           varchar(200) not null,
    at              timestamptz  not null,
    reason          text
);
create index application_history_application on application_history (application_id, id);

-- Partner POSTs with an Idempotency-Key: a retry answers the first result instead of creating twice.
create table idempotency_key (
    caller          varchar(200) not null,
    idempotency_key varchar(200) not null,
    request_hash    varchar(64)  not null,
    application_id  uuid         not null,
    created_at      timestamptz  not null default now(),
    primary key (caller, idempotency_key)
);

-- Every read of RQTH data by staff (BRIEF: privacy), readable by managers.
create table sensitive_data_access (
    id              bigserial    primary key,
    application_id  uuid         not null,
    reader          varchar(200) not null,
    read_at         timestamptz  not null,
    operation       varchar(100) not null
);
create index sensitive_data_access_read_at on sensitive_data_access (read_at);
