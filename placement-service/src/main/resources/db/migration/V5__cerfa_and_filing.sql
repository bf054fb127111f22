-- The CERFA FA13 (apprenticeship contract form) data. The employer's part lives on the employer, the rest on the
-- contract; every column is nullable because a draft may lack them: signing checks that the form's required ones are set.
alter table employer add column type_code              integer;
alter table employer add column specific_employer_code integer;
alter table employer add column naf_code               varchar(6);
alter table employer add column headcount              integer;
alter table employer add column idcc                   varchar(4);

-- The maître d'apprentissage's job and birth date, as the form asks.
alter table tutor add column job_title  varchar(200);
alter table tutor add column birth_date date;

alter table contract add column contract_mode              integer;
alter table contract add column contract_type              integer;
alter table contract add column derogation_code            varchar(4);
alter table contract add column previous_contract_number   varchar(40);
alter table contract add column practical_training_start   date;
alter table contract add column signature_date             date;
alter table contract add column hazardous_work             boolean;
alter table contract add column second_tutor_id            uuid references tutor (id);
alter table contract add column situation_before           varchar(4);
alter table contract add column last_diploma_or_class      varchar(4);
alter table contract add column highest_diploma            varchar(4);
alter table contract add column draft_updated_at           timestamptz;
-- A draft is not signed yet: who signed and when are set on signing.
alter table contract alter column signed_by drop not null;
alter table contract alter column signed_at drop not null;
alter table contract add column created_by varchar(200);
alter table contract add column created_at timestamptz;
update contract set created_by = signed_by, created_at = signed_at;

-- The filing with the OPCO (private employer) or the DDETS via CELIA (public employer), and its decision.
alter table contract add column filing_due_on    date;
alter table contract add column filed_on         date;
alter table contract add column filing_reference varchar(60);
alter table contract add column filing_decision  varchar(12);
alter table contract add column filing_decided_on date;
alter table contract add column filing_recorded_by varchar(200);
alter table contract add column filing_recorded_at timestamptz;
create index contract_filing_due on contract (filing_due_on) where filed_on is null;
-- Contracts signed before this: due 5 jours ouvrables (every day but Sunday, D6224-1) after their start.
update contract set filing_due_on = start_date + 5 + case when extract(isodow from start_date) between 2 and 6 then 1 else 0 end
 where status <> 'DRAFT';
-- Where it is filed, as decided at signing (the employer's sector then): OPCO (and its name) or DDETS via CELIA.
alter table contract add column filing_body      varchar(8);
alter table contract add column filing_recipient varchar(100);
update contract c set filing_body = e.filing_body, filing_recipient = case when e.filing_body = 'OPCO' then e.opco else 'DDETS' end
  from employer e where e.id = c.employer_id and c.status <> 'DRAFT';
