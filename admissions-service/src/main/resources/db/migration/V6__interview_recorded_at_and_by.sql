-- Issue 10: an interview's outcome keeps when (suite clock) and by whom it was recorded. Earlier outcomes take them from
-- their INTERVIEW_RECORDED step.
alter table application add column interview_recorded_at timestamptz;
alter table application add column interview_recorded_by varchar(200);
update application a set interview_recorded_at = h.at, interview_recorded_by = h.actor
    from application_history h where h.application_id = a.id and h.step = 'INTERVIEW_RECORDED';
