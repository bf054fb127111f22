-- The programme as editable reference data. A revised version (e.g. when RNCP 36241 is renewed after
-- 2027-05-16) is a new programme_version row with its own modules; cohorts keep the version they started with.
create table programme_version (
    id                 uuid         primary key,
    code               varchar(40)  not null,
    version            integer      not null,
    title              varchar(300) not null,
    rncp_code          varchar(20)  not null,
    level              integer      not null,
    certifier          varchar(200) not null,
    registered_until   date         not null,
    center_weeks       integer      not null,
    employer_weeks     integer      not null,
    active             boolean      not null,
    unique (code, version)
);
-- at most one active version per programme code
create unique index programme_version_one_active on programme_version (code) where active;

-- CCP: certificat de compétences professionnelles, a bloc of the title that can be obtained on its own.
create table ccp (
    programme_version_id uuid         not null references programme_version (id),
    code                 varchar(40)  not null,
    title                varchar(300) not null,
    position             integer      not null,
    primary key (programme_version_id, code)
);

create table programme_module (
    programme_version_id uuid         not null references programme_version (id),
    code                 varchar(10)  not null,
    title                varchar(300) not null,
    position             integer      not null,
    planned_hours        integer      not null check (planned_hours > 0),
    ccp_code             varchar(40),
    certification_exam   boolean      not null default false,
    primary key (programme_version_id, code),
    foreign key (programme_version_id, ccp_code) references ccp (programme_version_id, code)
);

insert into programme_version values
  ('6d1c3c5e-36b1-4b8e-9a2f-36241a000001', 'MSADS', 1,
   'Titre Professionnel Médiateur(trice) social(e) Accès aux droits et services',
   'RNCP36241', 4, 'Ministère du Travail, du Plein emploi et de l''Insertion', '2027-05-16', 11, 13, true);

insert into ccp values
  ('6d1c3c5e-36b1-4b8e-9a2f-36241a000001', 'RNCP36241BC01', 'Contribuer à une veille sociale territoriale et participer aux réseaux professionnels', 1),
  ('6d1c3c5e-36b1-4b8e-9a2f-36241a000001', 'RNCP36241BC02', 'Mettre en œuvre une médiation sociale d''accès aux droits et services', 2),
  ('6d1c3c5e-36b1-4b8e-9a2f-36241a000001', 'RNCP36241BC03', 'Participer à la conception et à la mise en œuvre d''activités support à la médiation sociale', 3);

-- Planned hours fill the 11 centre weeks (385 h at 35 h a week); they are the centre's planning
-- assumption, revisable here without code changes.
insert into programme_module values
  ('6d1c3c5e-36b1-4b8e-9a2f-36241a000001', 'M1', 'Cadre d''intervention et contextes de la médiation sociale', 1, 35, 'RNCP36241BC01', false),
  ('6d1c3c5e-36b1-4b8e-9a2f-36241a000001', 'M2', 'Le territoire et ses partenaires', 2, 35, 'RNCP36241BC01', false),
  ('6d1c3c5e-36b1-4b8e-9a2f-36241a000001', 'M3', 'Techniques de communication et médiation sociale', 3, 49, 'RNCP36241BC02', false),
  ('6d1c3c5e-36b1-4b8e-9a2f-36241a000001', 'M4', 'Le cadre de la médiation sociale', 4, 35, 'RNCP36241BC02', false),
  ('6d1c3c5e-36b1-4b8e-9a2f-36241a000001', 'M5', 'Techniques de communication et gestion des conflits', 5, 56, 'RNCP36241BC02', false),
  ('6d1c3c5e-36b1-4b8e-9a2f-36241a000001', 'M6', 'Méthodologie de projet', 6, 42, 'RNCP36241BC03', false),
  ('6d1c3c5e-36b1-4b8e-9a2f-36241a000001', 'M7', 'Compétences transversales', 7, 42, 'RNCP36241BC03', false),
  ('6d1c3c5e-36b1-4b8e-9a2f-36241a000001', 'M8', 'Accompagnement et préparation à la certification', 8, 56, null, false),
  ('6d1c3c5e-36b1-4b8e-9a2f-36241a000001', 'M9', 'Certifications', 9, 35, null, true);
