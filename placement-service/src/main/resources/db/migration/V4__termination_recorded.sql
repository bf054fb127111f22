-- A termination may be dated in the past (an agreement recorded late), so it keeps when it was recorded (suite
-- clock) and by whom (the token's name). Terminations recorded before this migration have neither.
alter table contract add column termination_recorded_at timestamptz;
alter table contract add column termination_recorded_by varchar(200);
