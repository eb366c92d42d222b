-- Issue 14: the case page shows the hearing's place as the 开庭通知书 printed it (the room's building, floor
-- and name, or the commission's address with the room's name), not the room's name alone. Hearings
-- scheduled before keep a null place and show their room's name.
alter table public.hearings add column place text;
