-- The end of the exams (L6222-7-1) is the Friday of the cohort's exam week, announced by curriculum; null for cohorts
-- announced before it was (the cycle's end stands in).
alter table cohort add column exam_week_start date;
-- A termination's legal steps (L6222-18, D6222-21-1): a resignation's referral to the mediator and notice to the employer,
-- and for every termination the day the OPCO or the DDETS, and the CFA, were informed. Null for terminations recorded before.
alter table contract add column termination_mediator_referred_on date;
alter table contract add column termination_employer_informed_on date;
alter table contract add column termination_filing_body_informed_on date;
alter table contract add column termination_cfa_informed_on date;
