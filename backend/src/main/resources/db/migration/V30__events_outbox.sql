-- Durable events (module events): the outbox written in the publisher's transaction.

create schema if not exists events;

-- The publication log: one row per published event, kept for audit (never deleted by the application).
create table events.publications (
    id           uuid primary key,
    event_type   text        not null,  -- the Java record's class name; payload is its Jackson JSON
    payload      jsonb       not null,
    published_at timestamptz not null,  -- the application's clock at publication
    recorded_at  timestamptz not null default now()
);
create index publications_time on events.publications (published_at);
create index publications_type on events.publications (event_type, published_at);

-- One row per event and listener: the attempts, the lease of the replica delivering it, and the
-- completion record that makes a listener's handling idempotent.
create table events.deliveries (
    publication_id  uuid        not null references events.publications (id),
    listener        text        not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    leased_until    timestamptz,
    leased_by       text,
    completed_at    timestamptz,
    last_error      text,
    primary key (publication_id, listener)
);
create index deliveries_due on events.deliveries (next_attempt_at) where completed_at is null;
