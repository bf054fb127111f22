create table cohort (
    id                   uuid         primary key,
    code                 varchar(40)  not null unique,
    start_date           date         not null,
    end_date             date         not null,
    capacity             integer      not null check (capacity > 0),
    status               varchar(20)  not null,
    programme_version_id uuid         not null references programme_version (id),
    created_by           varchar(200) not null,
    created_at           timestamptz  not null,
    version              bigint       not null default 0
);
create index cohort_start_date on cohort (start_date);
