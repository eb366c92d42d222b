-- Training requests belong to a commission (issue #17): staff see the requests of their own commission.
-- A request goes to the commission whose served-enterprise registry lists the company, else to the city
-- commission, which serves every enterprise not yet in a district's registry.
alter table compliance.training_requests add column commission_id text;
update compliance.training_requests t
   set commission_id = coalesce((select e.commission_id from compliance.enterprises e
                                  where e.credit_code = t.credit_code order by e.created_at limit 1), 'xiangyang');
alter table compliance.training_requests alter column commission_id set not null;
create index training_by_commission on compliance.training_requests (commission_id, status, created_at desc);
