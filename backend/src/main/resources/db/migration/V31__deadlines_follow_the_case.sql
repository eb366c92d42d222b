-- 劳动争议调解仲裁法 第三十条: the defence period runs from the respondent's receipt of the application
-- copy, not from acceptance. copy_sent_at is when the commission issued the copy (the respondent can see
-- the case from then on); served_on is the recorded day of receipt (paper delivery recorded by staff,
-- or the read receipt of electronic service with consent); until then defence_due stays empty.
alter table cases add column copy_sent_at timestamptz;
alter table cases add column served_on date;
alter table cases add column service_method text check (service_method in ('PAPER', 'ELECTRONIC'));

-- Cases accepted before this change were treated as served at acceptance: keep what they were told.
update cases set copy_sent_at = served_at,
                 served_on = (served_at at time zone 'Asia/Shanghai')::date,
                 service_method = 'ELECTRONIC'
 where served_at is not null;

-- 劳动人事争议仲裁办案规则 第四十五条: the extension is approved in writing by the commission's director
-- (or the head of the arbitration institute he entrusts); other staff can only ask for it.
alter table cases add column extension_requested_at timestamptz;
alter table cases add column extension_requested_by uuid;
alter table cases add column extension_request_reason text;

-- The staff table belongs to accounts (V1); the new DIRECTOR role is added to its check here because the
-- extension approval that needs it arrives with this migration. StaffRole in accounts carries the same list.
alter table staff drop constraint staff_role_check;
alter table staff add constraint staff_role_check check (role in ('CLERK', 'MEDIATOR', 'ARBITRATOR', 'DIRECTOR', 'ADMIN'));
