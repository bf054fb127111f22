-- Runs of scheduled jobs (platform/.../jobs/ScheduledRuns), in every service's database: a run is claimed by inserting
-- its row in the run's own transaction, so of several replicas one does it, and a run that fails or whose instance dies
-- rolls back with its claim and is taken again at the next check. Repeatable and "if not exists", as R__idempotency_record.
create table if not exists scheduled_run (
    job         varchar(100) not null,     -- e.g. cohort-lifecycle
    run_key     varchar(100) not null,     -- which run: the day in Europe/Paris for a daily job, e.g. 2027-03-01
    instance_id varchar(200) not null,     -- the replica that did it (backoffice.instance-id)
    ran_at      timestamptz  not null,     -- the suite's clock when it was claimed
    primary key (job, run_key)
);
