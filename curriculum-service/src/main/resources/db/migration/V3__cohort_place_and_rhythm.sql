-- Where the centre weeks take place, and the alternance rhythm that lays out the 11 + 13 weeks.
alter table cohort add column place varchar(300);
alter table cohort add column initial_center_weeks integer not null default 0;
alter table cohort add column center_weeks_per_cycle integer not null default 1;
alter table cohort add column employer_weeks_per_cycle integer not null default 1;
