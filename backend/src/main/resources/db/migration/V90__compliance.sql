-- The employer check-up (module compliance): saved check-ups, drafts, training requests, served enterprises.
create schema if not exists compliance;

-- A saved check-up of an employer account. Anonymous check-ups are never stored.
create table compliance.checkups (
    id             uuid primary key,
    account_id     uuid        not null,
    credit_code    text,
    company_name   text        not null,
    answers        jsonb       not null,
    report         jsonb       not null,
    score          integer     not null check (score between 0 and 100),
    share_consent  boolean     not null default false,
    created_at     timestamptz not null
);
create index checkups_by_account on compliance.checkups (account_id, created_at desc);
create index checkups_by_credit_code on compliance.checkups (credit_code, created_at) where share_consent;

-- "Save and continue later": one unfinished set of answers per employer account.
create table compliance.drafts (
    account_id  uuid primary key,
    answers     jsonb       not null,
    step        integer     not null default 0,
    updated_at  timestamptz not null
);

-- 订单式培训: an employer's request for training on its weak areas, scheduled and attended.
create table compliance.training_requests (
    id               uuid primary key,
    account_id       uuid        not null,
    credit_code      text,
    company_name     text        not null,
    checkup_id       uuid references compliance.checkups (id) on delete set null,
    topics           text[]      not null,
    headcount        integer     not null check (headcount between 1 and 10000),
    preferred_dates  date[]      not null,
    contact_name     text        not null,
    contact_phone    text        not null,
    note             text,
    status           text        not null check (status in ('REQUESTED', 'SCHEDULED', 'DONE', 'CANCELLED')),
    scheduled_on     date,
    location         text,
    trainer          text,
    attended         integer check (attended >= 0),
    idempotency_key  text,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
create index training_by_account on compliance.training_requests (account_id, created_at desc);
create unique index training_idempotency on compliance.training_requests (account_id, idempotency_key) where idempotency_key is not null;

-- 服务企业名册: the enterprises a commission serves, with the arbitrator or mediator assigned to each.
create table compliance.enterprises (
    id              uuid primary key,
    commission_id   text        not null,
    credit_code     text        not null,
    name            text        not null,
    area_code       text,
    industry        text,
    headcount       integer check (headcount >= 0),
    contact_name    text,
    contact_phone   text,
    assigned_name   text,
    assigned_role   text check (assigned_role in ('ARBITRATOR', 'MEDIATOR')),
    note            text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    unique (commission_id, credit_code)
);
