-- Issue 14: the notices name where to go and whom to call. A commission's address, office hours and
-- telephone are facts about the real world: each carries its source, the day it was checked and whether a
-- second independent source confirmed it (like the local figures). A detail with one source only is shown
-- with "（待核实）"; a commission with no recorded detail keeps the 12333 line in its notices.
--
-- Searched on 2026-12-07 (the public-pages corpus and code search reachable here, queries for
-- 襄阳市劳动人事争议仲裁院/仲裁委员会 and each district's and county's commission with 地址/电话): no page gave an
-- address or a telephone number of any of these commissions, so no row is filled here. Administrators
-- record them with their source through PUT /api/v1/staff/commissions/{id}/contact.
-- Flyway runs out of order here: on a new database this runs before V140 moves the table into schema
-- commissions, on an existing one after it; the table is altered wherever it is.
do $$
declare
    target text := case when to_regclass('commissions.commissions') is not null then 'commissions.commissions' else 'public.commissions' end;
begin
    execute format('alter table %s
        add column contact_source     text,
        add column contact_checked_on date,
        add column contact_verified   boolean not null default false,
        add column contact_updated_at timestamptz,
        add constraint commission_contact_has_source
            check ((address is null and phone is null and hours is null) or (contact_source is not null and contact_checked_on is not null))', target);
end
$$;
