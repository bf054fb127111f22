-- The cohorts placement works with, kept from curriculum's CohortScheduled / CohortUpdated events.
create table cohort (
    id             uuid         primary key,
    code           varchar(40)  not null,
    start_date     date         not null,
    end_date       date         not null,
    capacity       integer      not null,
    status         varchar(20)  not null,
    last_event_id  varchar(200) not null,
    updated_at     timestamptz  not null
);
create index cohort_start_date on cohort (start_date);
