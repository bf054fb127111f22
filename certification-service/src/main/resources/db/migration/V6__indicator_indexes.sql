-- The published indicators (IndicatorQueries) ask, per candidate in scope, for a RESULTED registration: without this index each
-- call read every registration (a hashed scan of the whole table). ccp_held's primary key already starts with candidate_id, and
-- the year scope uses cohort_start_date (V1) through a start_date range.
create index registration_candidate_status on registration (candidate_id, status);
