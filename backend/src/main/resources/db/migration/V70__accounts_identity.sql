-- Trustworthy identities (issue #13): verified employers, several accounts per company, SMS codes'
-- outbox, case access codes. New tables live in the accounts module's own schema.
create schema if not exists accounts;

-- Several HR accounts may share a company's credit code; which of them may act is decided by
-- verification, not by who registered first. Written for the table in either schema.
alter table if exists public.employers drop constraint if exists employers_credit_code_key;
alter table if exists accounts.employers drop constraint if exists employers_credit_code_key;
create index if not exists employers_credit_code on employers (credit_code);

-- One row per employer account that has started or finished verification; no row = UNVERIFIED.
create table accounts.employer_verifications (
    account_id   uuid primary key,
    state        text        not null check (state in ('UNVERIFIED', 'PENDING', 'VERIFIED', 'REJECTED', 'SUSPENDED')),
    method       text        check (method in ('DOCUMENTS', 'CASE_CODE', 'INVITATION')),
    invited_by   uuid,
    submitted_at timestamptz,
    decided_at   timestamptz,
    decided_by   uuid,
    reason       text
);
create index employer_verifications_state on accounts.employer_verifications (state, submitted_at);

-- The business licence and, for an agent, the 授权委托书; sniffed and bounded like evidence.
create table accounts.employer_documents (
    id          uuid primary key,
    account_id  uuid        not null,
    kind        text        not null check (kind in ('LICENCE', 'AUTHORIZATION')),
    file_name   text        not null,
    media_type  text        not null,
    size_bytes  int         not null,
    content     bytea       not null,
    uploaded_at timestamptz not null
);
create index employer_documents_account on accounts.employer_documents (account_id, uploaded_at);

-- 案件查询码 printed on the notice served on the employer: only a keyed hash is stored.
create table accounts.case_access_codes (
    code_hash   text primary key,
    case_id     uuid        not null,
    credit_code text        not null,
    issued_at   timestamptz not null,
    unique (case_id, credit_code)
);

-- A case linked to one employer account by its access code; ACTIVE once the account is verified
-- or staff approved the link.
create table accounts.case_links (
    account_id uuid        not null,
    case_id    uuid        not null,
    state      text        not null check (state in ('PENDING', 'ACTIVE', 'REJECTED')),
    linked_at  timestamptz not null,
    primary key (account_id, case_id)
);

-- A verified company's colleague invitation: one use, expires.
create table accounts.employer_invitations (
    token_hash  text primary key,
    inviter_id  uuid        not null,
    credit_code text        not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_by     uuid
);

-- A company's report that an account claiming its credit code is not theirs.
create table accounts.impostor_reports (
    id          uuid primary key,
    reporter_id uuid        not null,
    reported_id uuid        not null,
    reason      text        not null,
    reported_at timestamptz not null,
    resolved_at timestamptz
);

-- The embedded default's SMS "gateway": messages administrators read in the staff console.
create table accounts.sms_outbox (
    id         bigint generated always as identity primary key,
    phone      text        not null,
    purpose    text        not null,
    code       text        not null,
    text       text        not null,
    created_at timestamptz not null
);
create index sms_outbox_phone on accounts.sms_outbox (phone, created_at desc);
