-- Arbitration commissions and the areas they serve. Data, maintained by administrators.
create table commissions (
    id          text primary key,
    name        text not null unique,
    address     text,
    phone       text,
    hours       text
);

create table areas (
    code          text primary key,
    name          text not null unique,
    kind          text not null check (kind in ('DISTRICT', 'CITY', 'COUNTY', 'ZONE')),
    commission_id text not null references commissions (id),
    sort_order    int  not null
);

insert into commissions (id, name) values
    ('xiangyang',   '襄阳市劳动人事争议仲裁委员会'),
    ('xiangcheng',  '襄阳市襄城区劳动人事争议仲裁委员会'),
    ('fancheng',    '襄阳市樊城区劳动人事争议仲裁委员会'),
    ('xiangzhou',   '襄阳市襄州区劳动人事争议仲裁委员会'),
    ('laohekou',    '老河口市劳动人事争议仲裁委员会'),
    ('zaoyang',     '枣阳市劳动人事争议仲裁委员会'),
    ('yicheng',     '宜城市劳动人事争议仲裁委员会'),
    ('nanzhang',    '南漳县劳动人事争议仲裁委员会'),
    ('gucheng',     '谷城县劳动人事争议仲裁委员会'),
    ('baokang',     '保康县劳动人事争议仲裁委员会');

-- Development zones have no commission of their own here; the city commission serves them.
insert into areas (code, name, kind, commission_id, sort_order) values
    ('xiangcheng', '襄城区',               'DISTRICT', 'xiangcheng', 1),
    ('fancheng',   '樊城区',               'DISTRICT', 'fancheng',   2),
    ('xiangzhou',  '襄州区',               'DISTRICT', 'xiangzhou',  3),
    ('laohekou',   '老河口市',             'CITY',     'laohekou',   4),
    ('zaoyang',    '枣阳市',               'CITY',     'zaoyang',    5),
    ('yicheng',    '宜城市',               'CITY',     'yicheng',    6),
    ('nanzhang',   '南漳县',               'COUNTY',   'nanzhang',   7),
    ('gucheng',    '谷城县',               'COUNTY',   'gucheng',    8),
    ('baokang',    '保康县',               'COUNTY',   'baokang',    9),
    ('gaoxin',     '襄阳高新技术产业开发区', 'ZONE',     'xiangyang', 10),
    ('jingkai',    '襄阳经济技术开发区（东津新区）', 'ZONE', 'xiangyang', 11),
    ('yuliangzhou','鱼梁洲经济开发区',       'ZONE',     'xiangyang', 12);

create table accounts (
    id            uuid primary key,
    kind          text        not null check (kind in ('WORKER', 'EMPLOYER', 'STAFF')),
    display_name  text        not null,
    password_hash text        not null,
    created_at    timestamptz not null,
    disabled_at   timestamptz
);

-- ID numbers are stored encrypted (id_number_cipher) with a keyed hash (id_number_hmac) for
-- uniqueness and login, and a masked form for display: a dump exposes none in clear.
create table workers (
    account_id      uuid primary key references accounts (id) on delete cascade,
    name            text not null,
    phone           text not null unique,
    id_number_hmac  text not null unique,
    id_number_cipher text not null,
    id_number_masked text not null
);

create table employers (
    account_id   uuid primary key references accounts (id) on delete cascade,
    company_name text not null,
    credit_code  text not null unique,
    contact_name text not null,
    phone        text not null unique
);

create table staff (
    account_id    uuid primary key references accounts (id) on delete cascade,
    username      text not null unique,
    role          text not null check (role in ('CLERK', 'MEDIATOR', 'ARBITRATOR', 'ADMIN')),
    commission_id text not null references commissions (id)
);

create table audit_events (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null,
    actor_id    uuid,
    action      text not null,
    subject     text not null,
    detail      jsonb
);
create index audit_events_subject on audit_events (subject, occurred_at);
