-- Modules own their data (issue 8): the commissions module's reference tables and the shared audit
-- trail move out of the public schema into schemas of their own. Foreign keys from other modules'
-- tables (staff, cases, minimum-wage areas → commissions and areas) follow the tables unchanged.
create schema if not exists commissions;
alter table public.commissions set schema commissions;
alter table public.areas set schema commissions;

create schema if not exists audit;
alter table public.audit_events set schema audit;
