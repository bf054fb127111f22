-- Issue 12: idempotency keys are platform's (platform/.../idempotency/IdempotencyKeys, table idempotency_record, created by
-- platform's repeatable db/platform/R__idempotency_record.sql, which runs after the versioned migrations and is then a
-- no-op). The keys admissions kept become rows of that table, so a retry across the upgrade still meets its key:
-- their operation is submitApplication (the only one that took keys), application_id becomes resource_id, and each
-- expires a day after it was claimed (backoffice.idempotency.retention's default).

-- A database that already ran platform's repeatable migration holds an empty idempotency_record (nothing wrote to it
-- before this version): it gives way to the kept keys. One with rows is not this service's history: stop.
do $$
begin
    if to_regclass('idempotency_record') is not null then
        if exists (select 1 from idempotency_record) then
            raise exception 'idempotency_record already holds rows: the keys of idempotency_key cannot be moved into it';
        end if;
        drop table idempotency_record;
    end if;
end $$;

alter table idempotency_key rename column application_id to resource_id;
alter table idempotency_key add column operation varchar(100) not null default 'submitApplication';
alter table idempotency_key alter column operation drop default;
alter table idempotency_key add column expires_at timestamptz;
update idempotency_key set expires_at = created_at + interval '24 hours';
alter table idempotency_key alter column expires_at set not null;
alter table idempotency_key drop constraint idempotency_key_pkey;
alter table idempotency_key rename to idempotency_record;
alter table idempotency_record add constraint idempotency_record_pkey
    primary key (organisation, issuer, subject, operation, idempotency_key);
create index idempotency_record_expiry on idempotency_record (expires_at);
