-- Erasures remembered by candidate id, apart from the read model: an admission delivered again (replay, rebuild from the
-- topic's start, a parked event replayed) must not bring an erased person back, even one this service had not seen yet.
create table erased_candidate (
    candidate_id  uuid         primary key,
    erased_at     timestamptz  not null
);
insert into erased_candidate (candidate_id, erased_at) select candidate_id, erased_at from candidate where erased_at is not null;

-- The signed credential we keep names the holder: it goes with the erasure (the holder keeps their own copy).
alter table certificate alter column credential drop not null;
update certificate set credential = null where candidate_id in (select candidate_id from erased_candidate);
