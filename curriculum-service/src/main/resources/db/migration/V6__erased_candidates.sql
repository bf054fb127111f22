-- Erasures (GDPR art. 17) remembered by candidate, so that a CandidateAdmitted delivered again (a read model
-- rebuilt from the start of the topic, a producer's replay) cannot bring the person back. No personal data here.
create table erased_candidate (
    candidate_id  uuid         primary key,
    erased_at     timestamptz  not null
);

-- Erasures applied before this table existed.
insert into erased_candidate (candidate_id, erased_at) select candidate_id, erased_at from enrollment where erased_at is not null;
