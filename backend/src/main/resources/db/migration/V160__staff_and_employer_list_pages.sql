-- Issue 18: the lists that fell over as they grew are read a page at a time (keyset, like the inbox of V121).
-- An employer's check-ups and training requests, newest first, the page after (created_at, id):
create index checkups_by_account_page on compliance.checkups (account_id, created_at desc, id desc);
drop index compliance.checkups_by_account;
create index training_by_account_page on compliance.training_requests (account_id, created_at desc, id desc);
drop index compliance.training_by_account;
-- A commission's hearings in start order, the page after (starts_at, id); cancelled ones are never listed.
create index hearings_commission_page on hearings.hearings (commission_id, starts_at, id) where cancelled_at is null;
-- Rooms by name: the unique (commission_id, name) of V80 serves their order and the page after a name.
