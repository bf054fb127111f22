-- Idempotency keys of creations (platform/.../idempotency/IdempotencyKeys), in every service's database.
-- Repeatable and "if not exists": a service that kept keys before (admissions) renames its table to this shape.
create table if not exists idempotency_record (
    organisation    varchar(100) not null,     -- the partner's id, or "centre"
    issuer          varchar(300) not null,     -- the token's iss
    subject         varchar(300) not null,     -- the token's sub
    operation       varchar(100) not null,     -- the OpenAPI operationId, e.g. submitApplication
    idempotency_key varchar(200) not null,
    request_hash    varchar(64)  not null,     -- SHA-256 of the canonical JSON body
    resource_id     uuid         not null,     -- what the first request created
    created_at      timestamptz  not null,
    expires_at      timestamptz  not null,
    primary key (organisation, issuer, subject, operation, idempotency_key)
);
create index if not exists idempotency_record_expiry on idempotency_record (expires_at);
