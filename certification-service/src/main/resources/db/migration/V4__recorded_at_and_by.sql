-- When (from the suite clock) and by whom a professional file's receipt and a jury's results were recorded:
-- both may be entered days after the fact, so the fact's own date does not tell it.
alter table candidate add column file_recorded_at timestamptz;
alter table candidate add column file_recorded_by varchar(200);
alter table registration add column results_recorded_at timestamptz;
alter table registration add column results_recorded_by varchar(200);
