-- The inbox is read a page at a time, newest first, the page after a message found by (created_at, id):
-- one index serves the order and the keyset condition of every page.
create index inbox_account_page on inbox_messages (account_id, created_at desc, id desc);
drop index inbox_account;
