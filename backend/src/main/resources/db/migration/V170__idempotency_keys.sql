-- One Idempotency-Key facility for every module (issue 8 §3), owned by the system module: the first
-- answer to an account's key within a scope ("filing.create", "filing.submit", "compliance.training",
-- …) is the answer to every repetition. The result is the id of what the first request made; the
-- optional fingerprint names what the request was about, so the key sent again for another request
-- is refused instead of answered with the first result.
create schema if not exists system;

create table system.idempotency_keys (
    account_id  uuid        not null,
    scope       text        not null check (scope ~ '^[a-z]+(\.[a-z-]+)+$'),
    key         text        not null check (key ~ '^[A-Za-z0-9_-]{1,100}$'),
    fingerprint text        check (length(fingerprint) <= 200),
    result      uuid        not null,
    created_at  timestamptz not null,
    primary key (account_id, scope, key)
);
-- forget(result): a deleted draft frees its keys (as the cascade of filing_idempotency did)
create index idempotency_keys_result on system.idempotency_keys (result);

-- The filing keys move over (filing.create, filing.submit; a submission compares its case with the
-- result itself, so neither has a fingerprint), and their old table goes.
insert into system.idempotency_keys (account_id, scope, key, fingerprint, result, created_at)
select account_id, 'filing.' || scope, key, null, case_id, created_at
  from filing_idempotency
 where key ~ '^[A-Za-z0-9_-]{1,100}$';
drop table filing_idempotency;

-- Training requests kept their key in a column of their own; keys the new format check would refuse
-- (the old check took any 1–100 characters) can never be sent again, so they are not carried over.
insert into system.idempotency_keys (account_id, scope, key, fingerprint, result, created_at)
select account_id, 'compliance.training', idempotency_key, null, id, created_at
  from compliance.training_requests
 where idempotency_key ~ '^[A-Za-z0-9_-]{1,100}$';
drop index compliance.training_idempotency;
alter table compliance.training_requests drop column idempotency_key;
