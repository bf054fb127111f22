-- A module result says when it was recorded (from the suite clock) and by whom (the trainer's token).
alter table module_result rename column updated_at to recorded_at;
-- Results recorded before this migration did not keep who recorded them.
alter table module_result add column recorded_by varchar(200);
