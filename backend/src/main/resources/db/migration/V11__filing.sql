-- Online filing and the case lifecycle (module filing).

-- The case-number prefix (字号) of each commission: 襄劳人仲案字〔2026〕第N号. The city's prefix is
-- the documented one; the others follow the same pattern with the area's short name and must be
-- confirmed by each commission (an administrator can change them here; numbers already given stay).
create table case_number_prefixes (
    commission_id text primary key references commissions (id),
    prefix        text not null
);
insert into case_number_prefixes (commission_id, prefix) values
    ('xiangyang',  '襄劳人仲案字'),
    ('xiangcheng', '襄城劳人仲案字'),
    ('fancheng',   '樊劳人仲案字'),
    ('xiangzhou',  '襄州劳人仲案字'),
    ('laohekou',   '老劳人仲案字'),
    ('zaoyang',    '枣劳人仲案字'),
    ('yicheng',    '宜劳人仲案字'),
    ('nanzhang',   '南劳人仲案字'),
    ('gucheng',    '谷劳人仲案字'),
    ('baokang',    '保劳人仲案字');

-- One counter per commission and year, advanced with "update … returning" inside the submitting
-- transaction: the row lock serialises concurrent filings, and a rolled-back filing gives its number back.
create table case_number_counters (
    commission_id text not null references commissions (id),
    year          int  not null,
    last_number   int  not null,
    primary key (commission_id, year)
);

create table cases (
    id                    uuid primary key,
    worker_id             uuid        not null references accounts (id),
    status                text        not null,
    procedure             text        not null default 'MEDIATION' check (procedure in ('MEDIATION', 'ARBITRATION')),
    application           jsonb       not null,
    respondent_codes      text[]      not null default '{}',
    commission_id         text        references commissions (id),
    case_number           text        unique,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    submitted_at          timestamptz,
    acceptance_due        date,
    accepted_at           timestamptz,
    served_at             timestamptz,
    defence_due           date,
    award_due             date,
    award_extended        boolean     not null default false,
    correction_requested  boolean     not null default false,
    correction_items      jsonb,
    rejection_reason      text,
    assigned_to           uuid        references accounts (id),
    outcome_summary       text,
    final_award           boolean,
    closed_at             timestamptz,
    version               int         not null default 0
);
create index cases_worker on cases (worker_id, created_at desc);
create index cases_queue on cases (commission_id, status, submitted_at);
create index cases_respondents on cases using gin (respondent_codes);

-- "Idempotency-Key" of creating requests: the same key from the same account gives the same case.
create table filing_idempotency (
    account_id uuid        not null references accounts (id),
    scope      text        not null,
    key        text        not null,
    case_id    uuid        not null references cases (id) on delete cascade,
    created_at timestamptz not null,
    primary key (account_id, scope, key)
);

-- Evidence files: the bytes stay in PostgreSQL, never under a name the user chose.
create table evidence (
    id          uuid primary key,
    case_id     uuid        not null references cases (id) on delete cascade,
    uploaded_by uuid        not null references accounts (id),
    party       text        not null check (party in ('APPLICANT', 'RESPONDENT')),
    file_name   text        not null,
    media_type  text        not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes  int         not null check (size_bytes > 0),
    sha256      text        not null,
    description text,
    content     bytea       not null,
    uploaded_at timestamptz not null
);
create index evidence_case on evidence (case_id, uploaded_at);

-- What the parties see on their case's timeline (staff see audit_events as well).
create table case_events (
    id          bigint generated always as identity primary key,
    case_id     uuid        not null references cases (id) on delete cascade,
    occurred_at timestamptz not null,
    kind        text        not null,
    title       text        not null,
    detail      text
);
create index case_events_case on case_events (case_id, id);

create table hearings (
    id           uuid primary key,
    case_id      uuid        not null references cases (id) on delete cascade,
    room         text        not null,
    starts_at    timestamptz not null,
    noticed_on   date        not null,
    scheduled_by uuid        not null references accounts (id),
    cancelled_at timestamptz
);
create index hearings_case on hearings (case_id, starts_at);

-- Documents of a case (notices, defences, mediation agreements, awards), served electronically.
create table case_documents (
    id        uuid primary key,
    case_id   uuid        not null references cases (id) on delete cascade,
    kind      text        not null,
    title     text        not null,
    body      text        not null,
    author_id uuid        references accounts (id),
    issued_at timestamptz not null
);
create index case_documents_case on case_documents (case_id, issued_at);

create table defences (
    case_id      uuid        not null references cases (id) on delete cascade,
    credit_code  text        not null,
    account_id   uuid        not null references accounts (id),
    declined     boolean     not null,
    statement    text,
    submitted_at timestamptz not null,
    primary key (case_id, credit_code)
);

-- 电子送达: a party's consent, and what reached their inbox and when it was read.
create table e_service_consent (
    account_id uuid primary key references accounts (id) on delete cascade,
    consented  boolean     not null,
    changed_at timestamptz not null
);

create table inbox_messages (
    id          uuid primary key,
    account_id  uuid        not null references accounts (id) on delete cascade,
    case_id     uuid        references cases (id) on delete cascade,
    document_id uuid        references case_documents (id) on delete cascade,
    title       text        not null,
    body        text        not null,
    created_at  timestamptz not null,
    read_at     timestamptz
);
create index inbox_account on inbox_messages (account_id, created_at desc);
