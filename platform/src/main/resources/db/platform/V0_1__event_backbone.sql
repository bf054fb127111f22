-- Event backbone tables, shipped by platform/ and applied by every service's Flyway
-- (location classpath:db/platform). Services number their own migrations from V1.

-- Transactional outbox: written in the same transaction as the change it reports.
create table outbox_event (
    sequence_no   bigserial    primary key,          -- publication order
    event_id      uuid         not null unique,      -- CloudEvents id
    topic         varchar(200) not null,
    aggregate_id  varchar(200) not null,             -- Kafka key and CloudEvents subject
    event_type    varchar(200) not null,             -- e.g. CohortScheduled.v1
    payload       text         not null,             -- the whole CloudEvents JSON envelope
    created_at    timestamptz  not null default now(),
    published_at  timestamptz,
    attempts      integer      not null default 0,
    last_error    text
);
create index outbox_event_pending on outbox_event (sequence_no) where published_at is null;

-- Inbox: ids of the events a consumer applied, written in the same transaction as their effect.
create table inbox_event (
    consumer      varchar(200) not null,
    event_id      varchar(200) not null,
    event_type    varchar(200) not null,
    source        varchar(200) not null,
    processed_at  timestamptz  not null default now(),
    primary key (consumer, event_id)
);
