-- The reminder the day before an open day, one row per confirmed booking reminded. The row is the claim:
-- it is written in the same transaction as the reminder's outbox event, and its primary key lets only one
-- replica write it, so a booking is reminded once — never twice, and not lost if a backend stops.
create table hearings.open_day_reminders (
    booking_id  uuid primary key references hearings.bookings (id) on delete cascade,
    open_day_id uuid        not null references hearings.open_days (id) on delete cascade,
    account_id  uuid        not null,
    claimed_at  timestamptz not null
);
