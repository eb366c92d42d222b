-- 证据清单 (劳动争议调解仲裁法 第二十八条第三项): each piece of evidence names its source and what it proves.
alter table evidence add column source text;
alter table evidence add column proves text;
