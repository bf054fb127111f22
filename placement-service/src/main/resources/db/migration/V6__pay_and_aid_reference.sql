-- Dated reference data for the apprentice's minimum pay and the employer aid. A new value from a date is one more row:
-- the periods (GET /contracts/{id}/remuneration) and estimates after that date change, the earlier ones do not.

-- The minimum pay grid, % of the base by age bracket (from min_age) and contract year (D6222-26). The last year of a
-- grid also applies to the years after it.
create table apprentice_pay_rate (
    id            bigint generated always as identity primary key,
    valid_from    date         not null,
    min_age       integer      not null,
    contract_year integer      not null,
    percent       numeric(5,2) not null,
    source        varchar(200) not null,
    unique (valid_from, min_age, contract_year)
);
insert into apprentice_pay_rate (valid_from, min_age, contract_year, percent, source) values
    ('2019-01-01',  0, 1,  27, 'Code du travail D6222-26'), ('2019-01-01',  0, 2,  39, 'Code du travail D6222-26'), ('2019-01-01',  0, 3,  55, 'Code du travail D6222-26'),
    ('2019-01-01', 18, 1,  43, 'Code du travail D6222-26'), ('2019-01-01', 18, 2,  51, 'Code du travail D6222-26'), ('2019-01-01', 18, 3,  67, 'Code du travail D6222-26'),
    ('2019-01-01', 21, 1,  53, 'Code du travail D6222-26'), ('2019-01-01', 21, 2,  61, 'Code du travail D6222-26'), ('2019-01-01', 21, 3,  78, 'Code du travail D6222-26'),
    ('2019-01-01', 26, 1, 100, 'Code du travail D6222-26'), ('2019-01-01', 26, 2, 100, 'Code du travail D6222-26'), ('2019-01-01', 26, 3, 100, 'Code du travail D6222-26');

-- The SMIC (gross), by date: hourly and monthly for 35 hours a week.
create table smic_rate (
    id                   bigint generated always as identity primary key,
    valid_from           date         not null unique,
    hourly               numeric(6,2) not null,
    monthly_for_35_hours numeric(8,2) not null,
    source               varchar(200) not null
);
insert into smic_rate (valid_from, hourly, monthly_for_35_hours, source) values
    ('2024-11-01', 11.88, 1801.80, 'SMIC au 1er novembre 2024'),
    ('2026-01-01', 12.02, 1823.03, 'SMIC au 1er janvier 2026');

-- A collective agreement's minimum (SMC) for the apprentice's job, by IDCC and date, monthly for 35 hours. From 21 it is
-- the base when higher than the SMIC. Empty until the centre records the agreements its employers apply.
create table smc_rate (
    id                   bigint generated always as identity primary key,
    idcc                 varchar(4)   not null,
    valid_from           date         not null,
    monthly_for_35_hours numeric(8,2) not null,
    source               varchar(200) not null,
    unique (idcc, valid_from)
);

-- The employer aid for the first year of a contract, by date of conclusion, start, headcount and diploma level.
create table employer_aid_amount (
    id              bigint generated always as identity primary key,
    concluded_from  date          not null,
    concluded_until date,
    starts_before   date,
    min_headcount   integer       not null,
    max_headcount   integer,
    min_level       integer       not null,
    max_level       integer       not null,
    amount          numeric(8,2)  not null,
    decree          varchar(200)  not null,
    conditions      varchar(500)  not null
);
insert into employer_aid_amount (concluded_from, starts_before, min_headcount, max_headcount, min_level, max_level, amount, decree, conditions) values
    ('2026-03-08', '2027-01-01',   0,  249, 3, 4, 5000, 'Décret n° 2026-168 du 6 mars 2026', 'Paid monthly by the ASP from the payroll declarations (DSN), if the contract reached the OPCO within 6 months of its conclusion'),
    ('2026-03-08', '2027-01-01',   0,  249, 5, 5, 4500, 'Décret n° 2026-168 du 6 mars 2026', 'Paid monthly by the ASP from the payroll declarations (DSN), if the contract reached the OPCO within 6 months of its conclusion'),
    ('2026-03-08', '2027-01-01',   0,  249, 6, 7, 2000, 'Décret n° 2026-168 du 6 mars 2026', 'Paid monthly by the ASP from the payroll declarations (DSN), if the contract reached the OPCO within 6 months of its conclusion'),
    ('2026-03-08', '2027-01-01', 250, null, 3, 4, 2000, 'Décret n° 2026-168 du 6 mars 2026', 'Paid monthly by the ASP from the payroll declarations (DSN), if the contract reached the OPCO within 6 months of its conclusion; for 250 staff and over, only if the employer meets the decree''s quota of work-study staff and tells the ASP so'),
    ('2026-03-08', '2027-01-01', 250, null, 5, 5, 1500, 'Décret n° 2026-168 du 6 mars 2026', 'Paid monthly by the ASP from the payroll declarations (DSN), if the contract reached the OPCO within 6 months of its conclusion; for 250 staff and over, only if the employer meets the decree''s quota of work-study staff and tells the ASP so'),
    ('2026-03-08', '2027-01-01', 250, null, 6, 7,  750, 'Décret n° 2026-168 du 6 mars 2026', 'Paid monthly by the ASP from the payroll declarations (DSN), if the contract reached the OPCO within 6 months of its conclusion; for 250 staff and over, only if the employer meets the decree''s quota of work-study staff and tells the ASP so');
