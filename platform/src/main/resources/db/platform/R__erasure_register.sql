-- The people a service has erased, by id only (platform/.../privacy/ErasureRegister). Services that kept this
-- table before created it in their own migrations with the same shape; "if not exists" keeps it.
create table if not exists erased_candidate (
    candidate_id uuid        primary key,
    erased_at    timestamptz not null
);
