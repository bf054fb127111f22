-- Lists are sorted by (submitted_at, id) and walked by cursor from a (submitted_at, id) position: these indexes let a
-- page seek to its position and read just its rows, unfiltered, by prescriber (a partner's own list) or by cohort.
create index application_submitted_keyset on application (submitted_at, id);
create index application_prescriber_submitted_keyset on application (prescriber_id, submitted_at, id);
create index application_cohort_submitted_keyset on application (cohort_id, submitted_at, id);
-- the prescriber's new index leads with prescriber_id and serves whatever the old one served
drop index application_prescriber;
