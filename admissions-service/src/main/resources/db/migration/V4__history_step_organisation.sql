-- Which organisation took each step ('centre' for staff and the service, or the prescriber's id): a prescriber is shown
-- the names and words of its own steps only. Earlier submissions through a prescriber were that prescriber's; earlier
-- withdrawals cannot be told apart and stay the centre's.
alter table application_history add column actor_organisation varchar(100) not null default 'centre';
update application_history h set actor_organisation = a.prescriber_id::text from application a
    where a.id = h.application_id and h.step = 'SUBMITTED' and a.channel = 'PRESCRIBER' and a.prescriber_id is not null;
