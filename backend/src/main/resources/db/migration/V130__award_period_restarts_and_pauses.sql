-- 劳动人事争议仲裁办案规则 第四十六条: the award period (第四十五条: 45 days from acceptance) is counted anew
-- from the day the tribunal decides to add a party (一), accepts added or changed claims (三), accepts a
-- counter-application it merges (四), or the receiving commission accepts a transferred case (五); the
-- time of a suspension (第四十七条) does not count (六).
-- award_period_from: the day the period runs from (null: the acceptance day); award_period_event: the
-- event that restarted it (a CaseAction name, null: acceptance); award_paused_days: the suspended days
-- excluded since then; suspended_on: set while the hearing is suspended; transfer_from: the transferring
-- commission while the receiving one has not yet accepted the case.
alter table cases add column award_period_from date;
alter table cases add column award_period_event text;
alter table cases add column award_paused_days int not null default 0 check (award_paused_days >= 0);
alter table cases add column suspended_on date;
alter table cases add column suspension_reason text;
-- No foreign key: the commissions table belongs to the commissions module (its own schema from V140); the
-- service checks the id against that module's directory.
alter table cases add column transfer_from text;
