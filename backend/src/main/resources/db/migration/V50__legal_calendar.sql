-- The PRC working-day calendar (module legaldata; read by the calculators' deadline rules):
-- one row per year with the State Council notice's holidays (放假调休) and 调休 working weekends.
-- Data with its source, never constants in code. The maintained file
-- backend/src/main/resources/calculators/legal-calendar.json fills in the years that are missing at
-- start-up; administrators replace a year through PUT /api/v1/staff/calendar/{year} (audit_events).

create table legal_calendar_years (
    year            int primary key check (year between 2000 and 2100),
    source          text    not null,
    url             text,
    verified        boolean not null,
    checked_against text,
    note            text,
    holidays        jsonb   not null,   -- [{"name": "国庆节", "from": "2026-10-01", "to": "2026-10-07"}, …]
    working_days    jsonb   not null,   -- ["2026-10-10", …]
    updated_at      timestamptz not null default now(),
    updated_by      uuid                -- null: loaded from the maintained file
);
