-- Idempotency keys were scoped by the caller's name alone: two partners' callers with the same name shared their keys,
-- and one got the other's application back. A key now belongs to (organisation, token issuer, token subject, key);
-- organisation is the prescriber's id, or 'centre' for the centre's own staff.
alter table idempotency_key add column organisation varchar(100);
alter table idempotency_key add column issuer varchar(300);
update idempotency_key k set organisation = coalesce(a.prescriber_id::text, 'centre') from application a where a.id = k.application_id;
-- Earlier keys did not record the issuer: their rows stay, but match no request any more (a retry across this
-- migration is taken as a first request).
update idempotency_key set organisation = coalesce(organisation, 'centre'), issuer = '';
alter table idempotency_key rename column caller to subject;
alter table idempotency_key alter column subject type varchar(300);
alter table idempotency_key alter column organisation set not null;
alter table idempotency_key alter column issuer set not null;
alter table idempotency_key drop constraint idempotency_key_pkey;
alter table idempotency_key add primary key (organisation, issuer, subject, idempotency_key);
