#!/usr/bin/env python3
"""Converts the official statute texts into the knowledge base's own law format.

One-off tool, kept for the record: it produced src/main/resources/kb/laws/<law-id>.md from the
reference texts in ../shared/reference/laws (one Markdown file per law, articles as lines
"第八十二条 text", chapters "## 第一章 总则", a head block ending at "<!-- INFO END -->").
From now on the .md files are the source of truth; running this again overwrites them.

    python3 knowledge-base/tools/convert_laws.py [REFERENCE_DIR] [OUTPUT_DIR]

The mechanical part (articles, chapters, sections, history lines) comes from the reference file;
the metadata below (level, issuer, dates, aliases, topics) was filled in by hand. The converter
refuses to write anything when a law's articles are not numbered 1..n or an article is empty.

Decisions, each applied only where the reference text needs it:
- Chapter and section headings are normalised to "第一章 总则": the official prints space out
  short titles ("总 则", "监  护") with ASCII, EN (U+2002) or ideographic (U+3000) spaces.
- Article text is copied character for character, stray spaces and ASCII punctuation included;
  only the whitespace at the ends of a line is dropped.
- 关于职工全年月平均工作时间和工资折算问题的通知 has items "## 一、……" instead of 第N条: they
  become articles 1..3 labelled "一、", "二、", "三、" (the reference lost the "、" after "三"),
  and the item title is the first paragraph of the article.
- Text before the first article (the notice's salutation, the judicial interpretations'
  enacting clause) goes to the front matter as `preamble`; the appendix of
  女职工劳动保护特别规定 (from the line "附录：") goes to `appendix`.
- 工资支付暂行规定 第十三条 has its three items hard-wrapped over several lines in the reference;
  those lines are joined back into one paragraph per item (REFLOWED below).
"""

import re
import sys
from pathlib import Path

MODULE = Path(__file__).resolve().parent.parent
DEFAULT_REFERENCE = MODULE.parent.parent / "shared" / "reference" / "laws"
DEFAULT_OUTPUT = MODULE / "src" / "main" / "resources" / "kb" / "laws"
AS_OF = "2026-11-27"

NUMERAL = "零〇一二三四五六七八九十百千"
ARTICLE = re.compile(rf"^第([{NUMERAL}]+)条[ \u3000]+(.*)$")
ITEM = re.compile(rf"^([{NUMERAL}]+)、?(.*)$")
DIVISION = re.compile(rf"^(第[{NUMERAL}]+[编章节])\s*(.*)$")
# Articles whose items the reference hard-wraps over several lines: a line is joined to the
# previous one when that one does not end a clause.
REFLOWED = {("wage-payment-provisions", 13)}
CLAUSE_END = tuple("。；：;:")

NPC = "全国人民代表大会"
NPCSC = "全国人民代表大会常务委员会"
STATE_COUNCIL = "国务院"
SPC = "最高人民法院"
FLK = "国家法律法规数据库（flk.npc.gov.cn）"
MOHRSS = "人力资源和社会保障部网站（www.mohrss.gov.cn）"

# Metadata filled in by hand. adopted = the date of 通过 where the record shows one, otherwise of
# 公布/发布; effective = the date the text in the file took effect; history_extra = lines the
# reference head block lacks, taken from the amending instruments.
LAWS = {
    "personal-information-protection-law": dict(
        shortName="个人信息保护法", aliases=["个人信息保护法", "个保法"],
        level="LAW", issuer=NPCSC, adopted="2021-08-20", effective="2021-11-01", source=FLK),
    "public-institution-personnel-regulation": dict(
        shortName="事业单位人事管理条例", aliases=["事业单位人事管理条例", "事业单位条例"],
        level="ADMINISTRATIVE_REGULATION", issuer=STATE_COUNCIL, adopted="2014-02-26",
        effective="2014-07-01", source=FLK),
    "people-mediation-law": dict(
        shortName="人民调解法", aliases=["人民调解法"],
        level="LAW", issuer=NPCSC, adopted="2010-08-28", effective="2011-01-01", source=FLK),
    "annual-leave-measures": dict(
        shortName="企业职工带薪年休假实施办法",
        aliases=["年休假实施办法", "带薪年休假实施办法", "企业年休假实施办法"],
        level="DEPARTMENTAL_RULE", issuer="人力资源和社会保障部", adopted="2008-07-17",
        effective="2008-09-18", source=MOHRSS,
        history_extra=["2008年9月18日 人力资源和社会保障部令第1号公布"]),
    "migrant-worker-wage-regulation": dict(
        shortName="保障农民工工资支付条例",
        aliases=["保障农民工工资支付条例", "农民工工资支付条例", "农民工工资条例", "欠薪条例"],
        level="ADMINISTRATIVE_REGULATION", issuer=STATE_COUNCIL, adopted="2019-12-04",
        effective="2020-05-01", source=FLK,
        history_extra=["2019年12月4日 国务院第73次常务会议通过",
                       "2019年12月30日 中华人民共和国国务院令第724号公布",
                       "2020年5月1日 施行"]),
    "total-wage-composition-provisions": dict(
        shortName="关于工资总额组成的规定", aliases=["工资总额组成规定", "工资总额规定"],
        level="DEPARTMENTAL_RULE", issuer="国家统计局", adopted="1989-09-30",
        effective="1990-01-01", source="国家统计局网站（www.stats.gov.cn）"),
    "working-time-conversion-notice": dict(
        shortName="关于职工全年月平均工作时间和工资折算问题的通知",
        aliases=["工资折算通知", "月平均工作时间通知", "劳社部发[2008]3号"],
        level="NORMATIVE_DOCUMENT", issuer="劳动和社会保障部", adopted="2008-01-03",
        effective="2008-01-03", source=MOHRSS,
        history_extra=["2008年1月3日 劳动和社会保障部发布"]),
    "labor-dispute-mediation-arbitration-law": dict(
        shortName="劳动争议调解仲裁法",
        aliases=["劳动争议调解仲裁法", "调解仲裁法", "劳动仲裁法", "劳动争议仲裁法"],
        level="LAW", issuer=NPCSC, adopted="2007-12-29", effective="2008-05-01", source=FLK),
    "labor-inspection-regulation": dict(
        shortName="劳动保障监察条例", aliases=["劳动保障监察条例", "劳动监察条例", "监察条例"],
        level="ADMINISTRATIVE_REGULATION", issuer=STATE_COUNCIL, adopted="2004-10-26",
        effective="2004-12-01", source=FLK),
    "labor-contract-law": dict(
        shortName="劳动合同法", aliases=["劳动合同法", "新劳动合同法"],
        level="LAW", issuer=NPCSC, adopted="2007-06-29", lastAmended="2012-12-28",
        effective="2013-07-01", source=FLK),
    "labor-contract-law-implementing-regulation": dict(
        shortName="劳动合同法实施条例", aliases=["劳动合同法实施条例", "实施条例"],
        level="ADMINISTRATIVE_REGULATION", issuer=STATE_COUNCIL, adopted="2008-09-03",
        effective="2008-09-18", source=FLK),
    "labor-law": dict(
        shortName="劳动法", aliases=["劳动法"],
        level="LAW", issuer=NPCSC, adopted="1994-07-05", lastAmended="2018-12-29",
        effective="2018-12-29", source=FLK),
    "working-hours-provisions": dict(
        shortName="国务院关于职工工作时间的规定",
        aliases=["职工工作时间的规定", "工作时间规定", "工时规定", "双休日规定"],
        level="ADMINISTRATIVE_REGULATION", issuer=STATE_COUNCIL, adopted="1994-02-03",
        lastAmended="1995-03-25", effective="1995-05-01", source=FLK,
        history_extra=["1995年3月25日 中华人民共和国国务院令第174号《国务院关于修改〈国务院关于职工工作时间的规定〉的决定》修订"]),
    "unemployment-insurance-regulation": dict(
        shortName="失业保险条例", aliases=["失业保险条例"],
        level="ADMINISTRATIVE_REGULATION", issuer=STATE_COUNCIL, adopted="1998-12-26",
        effective="1999-01-22", source=FLK),
    "female-worker-protection-provisions": dict(
        shortName="女职工劳动保护特别规定",
        aliases=["女职工劳动保护特别规定", "女职工特别规定", "女职工保护规定"],
        level="ADMINISTRATIVE_REGULATION", issuer=STATE_COUNCIL, adopted="2012-04-18",
        effective="2012-04-28", source=FLK),
    "women-rights-law": dict(
        shortName="妇女权益保障法", aliases=["妇女权益保障法", "妇女法", "妇女权益法"],
        level="LAW", issuer=NPCSC, adopted="1992-04-03", lastAmended="2022-10-30",
        effective="2023-01-01", source=FLK),
    "employment-promotion-law": dict(
        shortName="就业促进法", aliases=["就业促进法"],
        level="LAW", issuer=NPCSC, adopted="2007-08-30", lastAmended="2015-04-24",
        effective="2015-04-24", source=FLK),
    "trade-union-law": dict(
        shortName="工会法", aliases=["工会法"],
        level="LAW", issuer=NPCSC, adopted="1992-04-03", lastAmended="2021-12-24",
        effective="2022-01-01", source=FLK),
    "work-injury-insurance-regulation": dict(
        shortName="工伤保险条例", aliases=["工伤保险条例", "工伤条例"],
        level="ADMINISTRATIVE_REGULATION", issuer=STATE_COUNCIL, adopted="2003-04-27",
        lastAmended="2010-12-20", effective="2011-01-01", source=FLK,
        history_extra=["2010年12月20日 中华人民共和国国务院令第586号《国务院关于修改〈工伤保险条例〉的决定》修订"]),
    "wage-payment-provisions": dict(
        shortName="工资支付暂行规定", aliases=["工资支付暂行规定", "工资支付规定"],
        level="NORMATIVE_DOCUMENT", issuer="劳动部", adopted="1994-12-06",
        effective="1995-01-01", source=MOHRSS),
    "spc-public-institution-personnel-disputes": dict(
        shortName="事业单位人事争议案件规定",
        aliases=["事业单位人事争议规定", "人事争议司法解释", "事业单位人事争议案件规定"],
        level="JUDICIAL_INTERPRETATION", issuer=SPC, adopted="2003-06-17",
        effective="2003-09-05", source=FLK),
    "spc-labor-dispute-interpretation-1": dict(
        shortName="劳动争议司法解释（一）",
        aliases=["劳动争议司法解释（一）", "劳动争议司法解释一", "劳动争议解释一", "解释一", "解释（一）",
                 "司法解释一", "劳动争议案件适用法律问题的解释"],
        level="JUDICIAL_INTERPRETATION", issuer=SPC, adopted="2020-12-25",
        effective="2021-01-01", source=FLK),
    "disabled-employment-regulation": dict(
        shortName="残疾人就业条例", aliases=["残疾人就业条例"],
        level="ADMINISTRATIVE_REGULATION", issuer=STATE_COUNCIL, adopted="2007-02-14",
        effective="2007-05-01", source=FLK),
    "civil-code-general-part": dict(
        title="中华人民共和国民法典 第一编 总则",
        shortName="民法典", aliases=["民法典", "民法典总则编", "总则编"],
        level="LAW", issuer=NPC, adopted="2020-05-28", effective="2021-01-01", source=FLK),
    "social-insurance-law": dict(
        shortName="社会保险法", aliases=["社会保险法", "社保法"],
        level="LAW", issuer=NPCSC, adopted="2010-10-28", lastAmended="2018-12-29",
        effective="2018-12-29", source=FLK),
    "social-insurance-contribution-regulation": dict(
        shortName="社会保险费征缴暂行条例", aliases=["社会保险费征缴暂行条例", "社保征缴条例", "征缴条例"],
        level="ADMINISTRATIVE_REGULATION", issuer=STATE_COUNCIL, adopted="1999-01-22",
        lastAmended="2019-03-24", effective="2019-03-24", source=FLK,
        history_extra=["2019年3月24日 《国务院关于修改部分行政法规的决定》修订"]),
    "child-labor-prohibition-provisions": dict(
        shortName="禁止使用童工规定", aliases=["禁止使用童工规定", "童工规定"],
        level="ADMINISTRATIVE_REGULATION", issuer=STATE_COUNCIL, adopted="2002-09-18",
        effective="2002-12-01", source=FLK),
    "occupational-disease-law": dict(
        shortName="职业病防治法", aliases=["职业病防治法", "职业病法"],
        level="LAW", issuer=NPCSC, adopted="2001-10-27", lastAmended="2018-12-29",
        effective="2018-12-29", source=FLK),
    "annual-leave-regulation": dict(
        shortName="职工带薪年休假条例", aliases=["职工带薪年休假条例", "年休假条例", "带薪年休假条例", "带薪休假条例"],
        level="ADMINISTRATIVE_REGULATION", issuer=STATE_COUNCIL, adopted="2007-12-07",
        effective="2008-01-01", source=FLK),
}

# Article number -> topic tags, for the articles people ask about most.
TOPICS = {
    "labor-contract-law": {
        4: ["规章制度", "民主程序"],
        7: ["劳动关系", "用工之日", "职工名册"],
        8: ["入职告知", "知情权"],
        9: ["扣押证件", "押金", "担保"],
        10: ["书面劳动合同", "劳动关系"],
        11: ["书面劳动合同", "劳动报酬"],
        14: ["无固定期限劳动合同", "连续工作满十年", "续订"],
        17: ["劳动合同条款"],
        19: ["试用期", "试用期期限"],
        20: ["试用期", "试用期工资"],
        21: ["试用期", "解除劳动合同"],
        22: ["服务期", "培训", "违约金"],
        23: ["保密", "竞业限制", "经济补偿"],
        24: ["竞业限制"],
        25: ["违约金"],
        26: ["劳动合同无效"],
        28: ["劳动合同无效", "劳动报酬"],
        30: ["劳动报酬", "拖欠工资", "支付令"],
        31: ["加班", "加班费", "劳动定额"],
        32: ["违章指挥", "拒绝冒险作业"],
        33: ["用人单位变更"],
        34: ["合并分立"],
        35: ["变更劳动合同", "调岗", "调薪"],
        36: ["协商解除"],
        37: ["辞职", "提前通知", "试用期"],
        38: ["被迫解除", "拖欠工资", "未缴社保"],
        39: ["过失性辞退", "严重违纪", "试用期"],
        40: ["无过失性辞退", "代通知金", "不胜任工作", "医疗期"],
        41: ["经济性裁员", "裁员"],
        42: ["解除限制", "孕期", "医疗期", "职业病"],
        43: ["工会", "解除程序"],
        44: ["劳动合同终止", "退休"],
        45: ["劳动合同续延"],
        46: ["经济补偿"],
        47: ["经济补偿", "经济补偿计算", "工作年限"],
        48: ["违法解除", "继续履行", "赔偿金"],
        50: ["离职证明", "社保转移", "工作交接"],
        58: ["劳务派遣"],
        63: ["劳务派遣", "同工同酬"],
        66: ["劳务派遣", "临时性辅助性替代性岗位"],
        68: ["非全日制用工"],
        69: ["非全日制用工", "口头协议"],
        70: ["非全日制用工", "试用期"],
        71: ["非全日制用工", "终止用工"],
        72: ["非全日制用工", "小时工资", "最低工资"],
        77: ["维权途径", "仲裁", "诉讼"],
        82: ["双倍工资", "书面劳动合同"],
        83: ["试用期", "赔偿金"],
        84: ["扣押证件", "押金"],
        85: ["拖欠工资", "加班费", "经济补偿", "加付赔偿金"],
        87: ["违法解除", "赔偿金"],
        89: ["离职证明"],
        90: ["劳动者赔偿", "竞业限制", "保密"],
        91: ["招用未解除劳动合同的劳动者", "连带赔偿"],
        92: ["劳务派遣", "连带赔偿"],
        93: ["非法用工主体"],
        94: ["个人承包", "连带赔偿"],
        96: ["事业单位", "聘用合同"],
        97: ["过渡规定", "经济补偿"],
    },
    "labor-dispute-mediation-arbitration-law": {
        2: ["劳动争议范围"],
        4: ["协商", "和解"],
        5: ["调解", "仲裁", "诉讼"],
        6: ["举证责任", "证据"],
        7: ["集体争议", "代表人"],
        9: ["拖欠工资", "投诉", "劳动监察"],
        10: ["调解组织", "调解"],
        12: ["调解申请"],
        14: ["调解协议", "调解期限"],
        15: ["调解协议", "申请仲裁"],
        16: ["支付令", "调解协议"],
        21: ["管辖", "仲裁委员会"],
        22: ["当事人", "劳务派遣"],
        24: ["委托代理人"],
        26: ["公开仲裁"],
        27: ["仲裁时效", "拖欠工资"],
        28: ["仲裁申请", "申请书"],
        29: ["受理", "不予受理"],
        30: ["答辩", "送达"],
        31: ["仲裁庭", "独任仲裁"],
        33: ["回避"],
        35: ["开庭通知", "延期开庭"],
        36: ["撤回仲裁申请", "缺席裁决"],
        39: ["证据", "举证责任"],
        41: ["和解"],
        42: ["先行调解", "仲裁调解书"],
        43: ["审理期限", "先行裁决"],
        44: ["先予执行"],
        47: ["终局裁决", "一裁终局"],
        48: ["起诉", "终局裁决"],
        49: ["撤销仲裁裁决", "终局裁决"],
        50: ["起诉", "非终局裁决"],
        51: ["执行"],
        52: ["事业单位", "人事争议"],
        53: ["仲裁费用"],
    },
    "labor-law": {
        3: ["劳动者权利"],
        4: ["规章制度"],
        12: ["就业歧视"],
        13: ["男女平等", "就业歧视"],
        15: ["童工"],
        18: ["劳动合同无效"],
        19: ["书面劳动合同", "劳动合同条款"],
        21: ["试用期"],
        25: ["过失性辞退"],
        26: ["无过失性辞退"],
        27: ["经济性裁员", "裁员"],
        28: ["经济补偿"],
        29: ["解除限制", "孕期", "医疗期"],
        31: ["辞职", "提前通知"],
        32: ["被迫解除"],
        36: ["工作时间", "标准工时"],
        38: ["休息日"],
        39: ["综合计算工时", "不定时工作制"],
        40: ["法定节假日"],
        41: ["加班", "加班时长"],
        42: ["加班", "紧急加班"],
        43: ["加班"],
        44: ["加班费", "加班工资标准"],
        45: ["年休假"],
        46: ["同工同酬"],
        47: ["工资分配", "包薪制"],
        48: ["最低工资"],
        49: ["最低工资"],
        50: ["工资支付", "拖欠工资", "克扣工资"],
        51: ["法定节假日", "带薪假期", "工资支付"],
        58: ["女职工保护", "未成年工"],
        59: ["女职工保护", "禁忌劳动"],
        60: ["女职工保护", "经期"],
        61: ["女职工保护", "孕期"],
        62: ["产假"],
        63: ["女职工保护", "哺乳期"],
        64: ["未成年工"],
        72: ["社会保险", "社保缴费"],
        73: ["社会保险待遇"],
        77: ["劳动争议", "调解", "仲裁", "诉讼"],
        79: ["调解", "仲裁", "诉讼"],
        82: ["仲裁时效"],
        83: ["起诉"],
        90: ["加班", "行政处罚"],
        91: ["克扣工资", "拖欠工资", "加班费", "经济补偿"],
        94: ["童工"],
        96: ["强迫劳动"],
        97: ["劳动合同无效", "赔偿"],
        98: ["违法解除", "赔偿"],
        99: ["招用未解除劳动合同的劳动者", "连带赔偿"],
        100: ["社会保险", "未缴社保"],
        102: ["劳动者赔偿"],
    },
    "labor-contract-law-implementing-regulation": {
        4: ["分支机构", "用人单位主体"],
        5: ["书面劳动合同", "劳动者拒签"],
        6: ["双倍工资", "书面劳动合同", "劳动者拒签"],
        7: ["双倍工资", "无固定期限劳动合同", "书面劳动合同"],
        8: ["职工名册"],
        9: ["无固定期限劳动合同", "连续工作满十年"],
        10: ["工作年限", "经济补偿"],
        11: ["无固定期限劳动合同"],
        13: ["劳动合同终止"],
        14: ["劳动合同履行地", "最低工资"],
        15: ["试用期工资"],
        16: ["服务期", "培训费用"],
        17: ["服务期"],
        18: ["辞职", "被迫解除"],
        19: ["解除劳动合同"],
        20: ["代通知金"],
        21: ["退休", "劳动合同终止"],
        22: ["经济补偿"],
        23: ["工伤", "经济补偿"],
        24: ["离职证明"],
        25: ["违法解除", "赔偿金"],
        26: ["服务期", "违约金"],
        27: ["经济补偿计算", "月工资"],
        28: ["劳务派遣"],
        30: ["劳务派遣", "非全日制用工"],
        31: ["劳务派遣", "经济补偿"],
        32: ["劳务派遣", "违法解除"],
        34: ["双倍工资", "赔偿金"],
    },
    "annual-leave-regulation": {
        2: ["年休假", "享受条件"],
        3: ["年休假", "年休假天数"],
        4: ["年休假", "不享受年休假"],
        5: ["年休假安排", "未休年休假工资"],
        7: ["未休年休假工资", "行政处罚"],
        8: ["年休假", "劳动争议"],
    },
    "annual-leave-measures": {
        3: ["年休假", "享受条件"],
        4: ["年休假", "累计工作时间"],
        5: ["年休假", "新入职", "折算"],
        6: ["年休假", "婚丧假", "产假", "停工留薪期"],
        7: ["年休假", "寒暑假"],
        8: ["不享受年休假"],
        9: ["年休假安排", "跨年度安排"],
        10: ["未休年休假工资"],
        11: ["未休年休假工资", "日工资", "月计薪天数"],
        12: ["年休假", "离职", "折算"],
        13: ["年休假", "约定"],
        14: ["劳务派遣", "年休假"],
        16: ["年休假", "劳动争议"],
    },
    "work-injury-insurance-regulation": {
        2: ["工伤保险", "参保范围"],
        10: ["工伤保险费"],
        14: ["工伤认定", "上下班途中"],
        15: ["视同工伤", "突发疾病"],
        16: ["不得认定工伤"],
        17: ["工伤认定申请", "申请时限"],
        18: ["工伤认定申请", "申请材料"],
        19: ["工伤认定", "举证责任"],
        20: ["工伤认定", "认定期限"],
        21: ["劳动能力鉴定"],
        22: ["劳动能力鉴定", "伤残等级"],
        23: ["劳动能力鉴定", "鉴定申请"],
        26: ["劳动能力鉴定", "再次鉴定"],
        28: ["劳动能力鉴定", "复查鉴定"],
        30: ["工伤医疗"],
        33: ["停工留薪期"],
        34: ["生活护理费"],
        35: ["伤残待遇", "伤残津贴", "一级至四级伤残"],
        36: ["伤残待遇", "五级六级伤残"],
        37: ["伤残待遇", "七级至十级伤残", "一次性伤残就业补助金"],
        39: ["工亡待遇", "丧葬补助金", "一次性工亡补助金"],
        42: ["停止工伤待遇"],
        43: ["合并分立", "劳务派遣", "借调"],
        54: ["工伤待遇", "劳动争议"],
        55: ["行政复议", "行政诉讼"],
        62: ["未参加工伤保险", "工伤待遇"],
        64: ["工资总额", "本人工资"],
        66: ["非法用工", "一次性赔偿"],
    },
    "social-insurance-law": {
        4: ["社会保险", "查询缴费记录"],
        10: ["养老保险"],
        16: ["养老金", "缴费年限"],
        19: ["养老保险", "转移接续"],
        23: ["医疗保险"],
        33: ["工伤保险"],
        36: ["工伤保险待遇"],
        38: ["工伤保险待遇", "工伤保险基金"],
        39: ["工伤保险待遇", "用人单位支付"],
        41: ["未缴工伤保险", "先行支付"],
        42: ["第三人责任", "工伤"],
        44: ["失业保险"],
        45: ["失业保险金", "领取条件"],
        46: ["失业保险金", "领取期限"],
        50: ["失业保险", "离职证明"],
        53: ["生育保险"],
        54: ["生育保险待遇"],
        56: ["生育津贴"],
        58: ["社保登记", "社保缴费"],
        60: ["社保缴费"],
        63: ["欠缴社保", "补缴"],
        84: ["社保登记", "行政处罚"],
        86: ["欠缴社保", "滞纳金"],
        95: ["农民工", "社会保险"],
    },
    "spc-labor-dispute-interpretation-1": {
        1: ["劳动争议范围"],
        2: ["不属于劳动争议"],
        3: ["管辖", "人民法院"],
        10: ["先予执行"],
        12: ["仲裁逾期", "直接起诉"],
        13: ["支付令"],
        15: ["工资欠条", "直接起诉"],
        18: ["终局裁决"],
        22: ["撤销仲裁裁决"],
        24: ["执行", "不予执行"],
        26: ["合并分立"],
        27: ["招用未解除劳动合同的劳动者"],
        28: ["承包经营"],
        29: ["非法用工主体"],
        32: ["退休人员", "劳务关系"],
        33: ["外国人就业"],
        34: ["劳动合同期满", "续订", "无固定期限劳动合同"],
        35: ["离职协议", "重大误解", "显失公平"],
        36: ["竞业限制", "经济补偿"],
        37: ["竞业限制"],
        38: ["竞业限制"],
        39: ["竞业限制"],
        40: ["竞业限制", "违约金"],
        41: ["劳动合同无效"],
        42: ["加班费", "举证责任"],
        43: ["变更劳动合同", "口头变更"],
        44: ["举证责任", "解除劳动合同"],
        45: ["被迫解除", "经济补偿"],
        46: ["工作年限", "经济补偿"],
        47: ["工会", "解除程序"],
        48: ["经营期限届满", "经济补偿"],
        49: ["财产保全"],
        50: ["规章制度"],
        51: ["调解协议"],
        52: ["调解协议", "司法确认"],
        53: ["先予执行"],
    },
    "wage-payment-provisions": {
        5: ["工资支付", "货币支付"],
        6: ["工资支付", "工资清单"],
        7: ["工资支付", "支付日期"],
        9: ["离职", "工资结清"],
        10: ["社会活动", "工资支付"],
        11: ["带薪假期", "工资支付"],
        12: ["停工停产", "停工工资"],
        13: ["加班费", "加班工资标准"],
        15: ["代扣工资", "克扣工资"],
        16: ["赔偿损失", "扣工资"],
        18: ["克扣工资", "拖欠工资"],
    },
    "working-time-conversion-notice": {
        1: ["工作日", "工作时间"],
        2: ["日工资", "小时工资", "月计薪天数", "工资折算"],
    },
    "working-hours-provisions": {
        3: ["工作时间", "标准工时"],
        5: ["特殊工时", "不定时工作制", "综合计算工时"],
        6: ["加班"],
        7: ["休息日"],
    },
    "migrant-worker-wage-regulation": {
        3: ["农民工", "拖欠工资"],
        10: ["拖欠工资", "投诉", "仲裁"],
        11: ["工资支付", "货币支付"],
        12: ["工资支付周期"],
        13: ["工资支付周期"],
        15: ["工资支付台账"],
        16: ["拖欠工资", "清偿"],
        18: ["拖欠工资", "用工单位清偿"],
        19: ["拖欠工资", "违法发包"],
        28: ["实名制", "劳动合同"],
        30: ["分包单位", "工资支付"],
        31: ["代发工资"],
        36: ["违法发包", "转包", "清偿"],
        50: ["举证责任", "工资支付台账"],
    },
    "female-worker-protection-provisions": {
        4: ["女职工保护", "禁忌劳动"],
        5: ["孕期", "产期", "哺乳期", "解除限制"],
        6: ["孕期", "产前检查"],
        7: ["产假", "流产假"],
        8: ["生育津贴", "产假工资"],
        9: ["哺乳期", "哺乳时间"],
        11: ["性骚扰"],
    },
    "women-rights-law": {
        43: ["就业歧视", "招聘"],
        48: ["孕期", "产期", "哺乳期", "解除限制"],
    },
    "trade-union-law": {
        22: ["工会", "解除程序"],
    },
    "labor-inspection-regulation": {
        9: ["投诉", "举报", "劳动监察"],
        20: ["劳动监察", "时效"],
        26: ["拖欠工资", "加付赔偿金"],
    },
}


def law_ids(module):
    """Reference file name -> law id, from LAW-IDS.txt."""
    ids = {}
    for line in (module / "LAW-IDS.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, law_id = line.rsplit(None, 1)
            ids[name.strip()] = law_id
    return ids


def numeral(text):
    """Value of a Chinese numeral up to 9999 (一百零一 -> 101, 十二 -> 12)."""
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")}
    digits["〇"] = 0
    units = {"十": 10, "百": 100, "千": 1000}
    total, current = 0, 0
    for c in text:
        if c in digits:
            current = digits[c]
        else:
            total += (current or 1) * units[c]
            current = 0
    return total + current


def division(line):
    """'第一章\u3000总  则' -> '第一章 总则'."""
    m = DIVISION.match(line)
    if not m:
        raise ValueError(f"not a chapter or section heading: {line!r}")
    title = re.sub(r"\s+", "", m.group(2))
    return f"{m.group(1)} {title}".strip()


def parse(path, law_id):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("<!-- INFO END -->", 1)
    head_lines = [l.strip() for l in head.splitlines() if l.strip()]
    title = head_lines[0][2:].strip()
    history = [l for l in head_lines if not l.startswith("#")]

    preamble, appendix, articles = [], [], []
    chapter = section = None
    in_appendix = False
    for raw in body.splitlines():
        line = raw.strip()
        if not line:
            continue
        if in_appendix:
            appendix.append(line)
        elif line.startswith("### "):
            section = division(line[4:].strip())
        elif line.startswith("## "):
            heading = line[3:].strip()
            if DIVISION.match(heading):
                chapter, section = division(heading), None
            else:  # the notice's items 一、二、三
                m = ITEM.match(heading)
                if not m:
                    raise ValueError(f"{path.name}: heading is neither a chapter nor an item: {heading!r}")
                paragraphs = [m.group(2).strip()] if m.group(2).strip() else []
                articles.append(dict(number=numeral(m.group(1)), label=m.group(1) + "、",
                                     chapter=None, section=None, paragraphs=paragraphs))
        elif ARTICLE.match(line):
            m = ARTICLE.match(line)
            articles.append(dict(number=numeral(m.group(1)), label=f"第{m.group(1)}条",
                                 chapter=chapter, section=section, paragraphs=[m.group(2).strip()]))
        elif line.startswith("附录"):
            in_appendix = True
            appendix.append(line)
        elif not articles:
            preamble.append(line)
        elif (law_id, articles[-1]["number"]) in REFLOWED and not articles[-1]["paragraphs"][-1].endswith(CLAUSE_END):
            articles[-1]["paragraphs"][-1] += line
        else:
            articles[-1]["paragraphs"].append(line)

    for expected, article in enumerate(articles, start=1):
        if article["number"] != expected:
            raise ValueError(f"{path.name}: expected article {expected}, found {article['label']}")
        if not article["paragraphs"]:
            raise ValueError(f"{path.name}: {article['label']} has no text")
    return dict(title=title, history=history, preamble=preamble, appendix=appendix, articles=articles)


PLAIN = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`0-9][^:#,\[\]{}]*$")


def scalar(value):
    value = str(value)
    if PLAIN.match(value) and value not in ("true", "false", "null", "yes", "no", "on", "off", "~"):
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def flow(values):
    return "[" + ", ".join(scalar(v) for v in values) + "]"


def block(key, lines):
    return [f"{key}: |"] + ["  " + l for l in lines]


def render(law_id, law, meta):
    fm = ["---", f"id: {law_id}", f"title: {scalar(meta.get('title', law['title']))}",
          f"shortName: {scalar(meta['shortName'])}", f"aliases: {flow(meta['aliases'])}",
          f"level: {meta['level']}", f"issuer: {scalar(meta['issuer'])}", f"adopted: {meta['adopted']}"]
    if meta.get("lastAmended"):
        fm.append(f"lastAmended: {meta['lastAmended']}")
    fm += [f"effective: {meta['effective']}", "validity: IN_FORCE", f"asOf: {AS_OF}",
           f"source: {scalar(meta['source'])}"]
    fm += block("history", law["history"] + meta.get("history_extra", []))
    if law["preamble"]:
        fm += block("preamble", law["preamble"])
    if law["appendix"]:
        fm += block("appendix", law["appendix"])
    topics = TOPICS.get(law_id, {})
    if topics:
        fm.append("topics:")
        fm += [f"  {n}: {flow(tags)}" for n, tags in sorted(topics.items())]
    fm += ["---", ""]

    out, chapter, section = fm, None, None
    for a in law["articles"]:
        if a["chapter"] != chapter:
            chapter, section = a["chapter"], None
            out += [f"## {chapter}", ""]
        if a["section"] != section:
            section = a["section"]
            out += [f"### {section}", ""]
        out += [f"#### {a['label']}"] + a["paragraphs"] + [""]
    return "\n".join(out).rstrip("\n") + "\n"


def main():
    reference = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_REFERENCE
    output = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUTPUT
    ids = law_ids(MODULE)
    output.mkdir(parents=True, exist_ok=True)
    for name, law_id in sorted(ids.items(), key=lambda e: e[1]):
        law = parse(reference / name, law_id)
        for n in TOPICS.get(law_id, {}):
            if not 1 <= n <= len(law["articles"]):
                raise ValueError(f"{law_id}: topics for missing article {n}")
        (output / f"{law_id}.md").write_text(render(law_id, law, LAWS[law_id]), encoding="utf-8")
        print(f"{law_id:45} {len(law['articles']):4} articles")


if __name__ == "__main__":
    main()
