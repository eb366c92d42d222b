-- Local figures the legal rules need (劳动争议调解仲裁法 第四十七条: 12 months of the local monthly
-- minimum wage; 劳动合同法 第四十七条: the local average wage). Data with an effective date and a
-- source, maintained by administrators (PUT /api/v1/staff/local-figures/...), never constants in code.
-- Seeded from knowledge-base/src/main/resources/kb/local/figures.yaml (2026-11).

create table local_minimum_wage (
    id         bigint generated always as identity primary key,
    effective  date,                 -- null: the date could not be confirmed
    source     text    not null,
    verified   boolean not null,
    note       text,
    created_at timestamptz not null default now()
);
create unique index local_minimum_wage_effective on local_minimum_wage (effective) where effective is not null;

create table local_minimum_wage_tiers (
    standard_id bigint        not null references local_minimum_wage (id) on delete cascade,
    tier        int           not null check (tier between 1 and 9),
    monthly     numeric(10,2) not null check (monthly > 0),
    hourly      numeric(10,2)          check (hourly > 0),
    primary key (standard_id, tier)
);

-- tier null: not known for this area (the rules then use the lowest tier and say why).
create table local_minimum_wage_areas (
    standard_id bigint not null references local_minimum_wage (id) on delete cascade,
    area_code   text   not null references areas (code),
    tier        int,
    primary key (standard_id, area_code)
);

create table local_average_wage (
    id        bigint generated always as identity primary key,
    area      text    not null,
    year      int,
    monthly   numeric(12,2),
    annual    numeric(14,2),
    effective date,
    source    text,
    verified  boolean not null default false,
    note      text
);
create unique index local_average_wage_area_year on local_average_wage (area, year) where year is not null;

-- 鄂政办发〔2025〕44号, effective 2025-12-01: 2400/2130/1970 yuan, hourly 24/21.5/20.
insert into local_minimum_wage (effective, source, verified, note) values
  ('2025-12-01', '湖北省人民政府办公厅关于调整全省最低工资标准的通知（鄂政办发〔2025〕44号）', true,
   '第一档只确认了襄城区、樊城区；其他区域属于第二档还是第三档尚未核实，请以官方附件或12333为准。月最低工资不含加班工资和特殊条件津贴。'),
  ('2021-09-01', '湖北省人民政府办公厅关于调整全省最低工资标准的通知（鄂政办发〔2021〕33号）', true,
   '已被2025年标准取代，只用于追溯当时期间；襄阳各区域所属档次未核实。'),
  ('2017-11-01', '湖北省人民政府关于调整全省最低工资标准的通知（2017年，文号未找到；据《湖北日报》2017-09-29报道转载）', false,
   '来自报道转载，未核实，仅供历史追溯。');
-- The standard between 2021 and 2025 (first tier 2210) has no confirmed date or tiers: not seeded.

insert into local_minimum_wage_tiers (standard_id, tier, monthly, hourly)
select s.id, t.tier, t.monthly, t.hourly
  from local_minimum_wage s
  join (values
    (date '2025-12-01', 1, 2400.00, 24.00), (date '2025-12-01', 2, 2130.00, 21.50), (date '2025-12-01', 3, 1970.00, 20.00),
    (date '2021-09-01', 1, 2010.00, 19.50), (date '2021-09-01', 2, 1800.00, 18.00), (date '2021-09-01', 3, 1650.00, 16.50), (date '2021-09-01', 4, 1520.00, 15.00),
    (date '2017-11-01', 1, 1750.00, 18.00), (date '2017-11-01', 2, 1500.00, 16.00), (date '2017-11-01', 3, 1380.00, 14.50), (date '2017-11-01', 4, 1250.00, 13.00)
  ) as t (effective, tier, monthly, hourly) on t.effective = s.effective;

-- Every area gets a row per standard; only the tiers the sources confirm are filled in.
insert into local_minimum_wage_areas (standard_id, area_code, tier)
select s.id, a.code,
       case
         when s.effective = date '2025-12-01' and a.code in ('xiangcheng', 'fancheng') then 1
         when s.effective = date '2017-11-01' and a.code in ('xiangcheng', 'fancheng') then 2
         when s.effective = date '2017-11-01' and a.code in ('xiangzhou', 'zaoyang', 'laohekou') then 3
         when s.effective = date '2017-11-01' and a.code in ('yicheng', 'nanzhang', 'gucheng', 'baokang') then 4
       end
  from local_minimum_wage s cross join areas a;

insert into local_average_wage (area, year, monthly, annual, effective, source, verified, note) values
  ('襄阳市', null, null, null, null, null, false,
   '尚未取得襄阳市公布的上年度职工月平均工资（劳动合同法第四十七条第二款所称）。在管理员补录官方数值前，经济补偿封顶只能说明规则，具体数值请向仲裁机构或12333核实。');
