-- 公众 visitor accounts (issue #16): a member of the public who books open-day seats, with a phone verified
-- by an SMS code, a name and a password; no ID number, no company. The accounts table (V1) admits the kind.
alter table accounts drop constraint if exists accounts_kind_check;
alter table accounts add constraint accounts_kind_check check (kind in ('WORKER', 'EMPLOYER', 'STAFF', 'VISITOR'));

create table accounts.visitors (
    account_id uuid primary key references accounts (id) on delete cascade,
    name       text not null,
    phone      text not null,
    constraint visitors_phone_key unique (phone)
);
