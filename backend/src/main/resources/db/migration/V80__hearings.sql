-- The hearings module: public schedule, rooms, live status, objections to public listing, open days.
-- Parties are stored only masked (张某 / 某科技有限公司): this schema never holds a full name, ID or phone.
create schema if not exists hearings;

-- Where each commission holds hearings, and which areas it serves (for the public area filter).
create table hearings.venues (
    commission_id text primary key,
    name          text   not null,
    area_codes    text[] not null default '{}',
    sort_order    int    not null
);

insert into hearings.venues (commission_id, name, area_codes, sort_order) values
    ('xiangyang',  '襄阳市劳动人事争议仲裁委员会',       '{gaoxin,jingkai,yuliangzhou}', 1),
    ('xiangcheng', '襄阳市襄城区劳动人事争议仲裁委员会', '{xiangcheng}', 2),
    ('fancheng',   '襄阳市樊城区劳动人事争议仲裁委员会', '{fancheng}', 3),
    ('xiangzhou',  '襄阳市襄州区劳动人事争议仲裁委员会', '{xiangzhou}', 4),
    ('laohekou',   '老河口市劳动人事争议仲裁委员会',     '{laohekou}', 5),
    ('zaoyang',    '枣阳市劳动人事争议仲裁委员会',       '{zaoyang}', 6),
    ('yicheng',    '宜城市劳动人事争议仲裁委员会',       '{yicheng}', 7),
    ('nanzhang',   '南漳县劳动人事争议仲裁委员会',       '{nanzhang}', 8),
    ('gucheng',    '谷城县劳动人事争议仲裁委员会',       '{gucheng}', 9),
    ('baokang',    '保康县劳动人事争议仲裁委员会',       '{baokang}', 10);

-- A commission's hearing rooms; live_url is the room encoder's HLS playlist, replay_url_template the
-- recorder's playlist per hearing ({hearingId} is replaced).
create table hearings.rooms (
    id                  uuid primary key,
    commission_id       text        not null references hearings.venues (commission_id),
    name                text        not null,
    address             text        not null,
    floor               text        not null,
    visitor_note        text        not null default '',
    live_url            text,
    replay_url_template text,
    created_at          timestamptz not null,
    unique (commission_id, name)
);

create table hearings.hearings (
    id                 uuid primary key,
    case_id            uuid        not null,
    case_number        text        not null,
    commission_id      text        not null references hearings.venues (commission_id),
    room_id            uuid        references hearings.rooms (id),
    room_name          text        not null,
    starts_at          timestamptz not null,
    causes             text[]      not null default '{}',
    parties_masked     text        not null,
    -- 劳动争议调解仲裁法 第二十六条: public unless the parties agreed otherwise or secrets/privacy are involved.
    public_hearing     boolean     not null default true,
    privacy_ground     text check (privacy_ground in ('PARTIES_AGREED', 'STATE_SECRET', 'TRADE_SECRET', 'PERSONAL_PRIVACY')),
    listed_from        timestamptz not null,
    status             text        not null default 'SCHEDULED' check (status in ('SCHEDULED', 'LIVE', 'PAUSED', 'ENDED')),
    replay_url         text,
    replay_state       text        not null default 'NONE' check (replay_state in ('NONE', 'PUBLISHED', 'WITHDRAWN')),
    scheduled_at       timestamptz not null,
    updated_at         timestamptz not null,
    cancelled_at       timestamptz
);
create index hearings_schedule on hearings.hearings (starts_at) where cancelled_at is null;
create index hearings_case on hearings.hearings (case_id);

-- Objections of a party to the public listing, and the staff decision on each (recorded, with reasons).
create table hearings.objections (
    id              uuid primary key,
    hearing_id      uuid        not null references hearings.hearings (id) on delete cascade,
    party           text        not null check (party in ('APPLICANT', 'RESPONDENT')),
    reason          text        not null,
    received_at     timestamptz not null,
    recorded_by     uuid        not null,
    decision        text check (decision in ('UPHELD', 'DISMISSED')),
    privacy_ground  text check (privacy_ground in ('PARTIES_AGREED', 'STATE_SECRET', 'TRADE_SECRET', 'PERSONAL_PRIVACY')),
    decision_reason text,
    decided_by      uuid,
    decided_at      timestamptz
);
create index objections_hearing on hearings.objections (hearing_id);

-- Every staff action on a hearing (live status, replay, listing decisions), who and when.
create table hearings.actions (
    id         bigserial primary key,
    hearing_id uuid        not null references hearings.hearings (id) on delete cascade,
    action     text        not null,
    detail     text,
    actor_id   uuid,
    at         timestamptz not null
);
create index actions_hearing on hearings.actions (hearing_id, at);

create table hearings.open_days (
    id            uuid primary key,
    commission_id text        not null references hearings.venues (commission_id),
    title         text        not null,
    starts_at     timestamptz not null,
    capacity      int         not null check (capacity between 1 and 10000),
    audience      text        not null check (audience in ('PUBLIC', 'EMPLOYERS', 'WORKERS', 'STUDENTS')),
    created_by    uuid        not null,
    created_at    timestamptz not null
);

create table hearings.open_day_hearings (
    open_day_id uuid not null references hearings.open_days (id) on delete cascade,
    hearing_id  uuid not null references hearings.hearings (id),
    primary key (open_day_id, hearing_id)
);

-- seq orders bookings: the first `capacity` live bookings are confirmed, the rest wait in seq order.
create table hearings.bookings (
    id           uuid primary key,
    open_day_id  uuid        not null references hearings.open_days (id) on delete cascade,
    account_id   uuid        not null,
    account_kind text        not null,
    display_name text        not null,
    seq          bigserial   not null,
    status       text        not null check (status in ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    booked_at    timestamptz not null,
    confirmed_at timestamptz,
    cancelled_at timestamptz,
    attended     boolean
);
-- One live booking per account per open day.
create unique index bookings_one_per_account on hearings.bookings (open_day_id, account_id) where status <> 'CANCELLED';
create index bookings_queue on hearings.bookings (open_day_id, status, seq);
