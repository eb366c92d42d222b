-- 申请编号 (issue 18): the receipt of a submission carries an application number that costs no lock;
-- the 案号 is the number of an ACCEPTED case (立案) and is given on acceptance, from case_number_counters
-- as before (gap-free per commission and year, the counter row locked by the accepting transaction only).

-- One sequence for every commission and year: nextval takes no lock a concurrent submission waits on. A
-- rolled-back submission leaves a gap in it, which is harmless (an application number is not a 案号).
create sequence application_number_seq;

-- SQ, the last two digits of the year of submission, the sequence value (at least 7 digits) and a check
-- character by ISO 7064 MOD 11-2 (the scheme of the 居民身份证号码: 0-9 or X) over those digits, e.g.
-- SQ2600001237: short enough to read out on the phone, and a mistyped digit or two swapped ones are caught.
create function application_number(year int, n bigint) returns text
    language sql immutable strict parallel safe as $$
  select 'SQ' || d || substr('10X98765432',
           (select sum(substr(d, i, 1)::int * ((1::bigint << (length(d) - i + 1)) % 11))
              from generate_series(1, length(d)) i)::int % 11 + 1, 1)
    from (select lpad((year % 100)::text, 2, '0') || lpad(n::text, greatest(7, length(n::text)), '0') as d) x
$$;

alter table cases add column application_number text unique;

-- Cases filed before: an application number derived from their case number (its commission's prefix by
-- position, year and number, with an L that no sequence number has: 保劳人仲案字〔2026〕第5号 → SQ26L01-5, baokang being the first by id);
-- a case number of a prefix no longer in the table keeps it whole after SQ-. They keep their 案号.
update cases c
   set application_number = coalesce(
         (select 'SQ' || right(m[1], 2) || 'L' || lpad(p.ord::text, 2, '0') || '-' || m[2]
            from (select prefix, row_number() over (order by commission_id) as ord from case_number_prefixes) p,
                 regexp_match(c.case_number, '〔([0-9]{4})〕第([0-9]+)号$') m
           where c.case_number like p.prefix || '〔%'),
         'SQ-' || c.case_number)
 where c.case_number is not null;
