#!/usr/bin/env python3
"""Writes laws that have no file in ../shared/reference/laws into the knowledge base's law format.

    python3 knowledge-base/tools/import_laws.py SOURCE_DIR

SOURCE_DIR holds one text per law in the reference layout that convert_laws.py reads (head block,
"<!-- INFO END -->", "## 第一章 …", "### 第一节 …", lines "第N条 text"). Each text was copied from
the public copy named in its `source` below, character for character; headings that the copy
breaks over two lines are joined and spaced headings ("总　　则") normalised, nothing else.

Unlike the reference texts, these are not compared by StatuteTextTests: their `verified` flag says
whether a second, independent public copy was compared with the first in full (true) or not
(false, with `verification` saying what was and was not compared). The law page shows the flag.
"""

import sys
from pathlib import Path

import convert_laws as cl

AS_OF = "2026-12-02"
MOHRSS = "人力资源和社会保障部"
GAZETTE = "中国政府网·国务院公报"

LAWS = {
    "劳动人事争议仲裁办案规则(2017-05-08).md": ("labor-personnel-arbitration-rules", dict(
        shortName="劳动人事争议仲裁办案规则",
        aliases=["劳动人事争议仲裁办案规则", "仲裁办案规则", "办案规则", "人社部令第33号"],
        level="DEPARTMENTAL_RULE", issuer=MOHRSS, adopted="2017-04-24", effective="2017-07-01",
        source=GAZETTE + "2017年第29号（人力资源和社会保障部令第33号）",
        history=["2017年4月24日 人力资源社会保障部第123次部务会审议通过",
                 "2017年5月8日 人力资源和社会保障部令第33号公布",
                 "2017年7月1日 施行（2009年1月1日公布的人力资源和社会保障部令第2号同时废止）"],
        verified=False,
        verification="全文取自中国政府网《国务院公报》2017年第29号所载部令的一份公开存档；第一、二条另与两份独立公开副本一致，"
                     "其余条文尚未与第二份独立副本逐字比对。",
        topics={2: ["劳动争议范围"], 8: ["管辖", "仲裁委员会"], 13: ["举证责任", "证据"],
                19: ["期间计算"], 20: ["送达"], 26: ["仲裁时效", "拖欠工资"], 27: ["仲裁时效", "时效中断"],
                28: ["仲裁时效", "时效中止"], 29: ["仲裁申请", "申请书", "补正"], 30: ["受理"],
                31: ["不予受理"], 33: ["答辩", "送达"], 35: ["撤回仲裁申请"], 38: ["开庭通知", "延期开庭"],
                39: ["缺席裁决", "撤回仲裁申请"], 44: ["变更仲裁请求"], 45: ["审理期限"], 46: ["审理期限"],
                47: ["中止审理"], 50: ["终局裁决", "一裁终局"], 51: ["先予执行"], 56: ["简易处理"],
                57: ["简易处理"], 63: ["集体争议", "代表人"], 69: ["调解", "先行调解"],
                74: ["调解协议", "仲裁审查"], 80: ["期间计算", "工作日"]})),
    "劳务派遣暂行规定(2014-01-24).md": ("labor-dispatch-provisions", dict(
        shortName="劳务派遣暂行规定",
        aliases=["劳务派遣暂行规定", "派遣暂行规定", "人社部令第22号"],
        level="DEPARTMENTAL_RULE", issuer=MOHRSS, adopted="2013-12-20", effective="2014-03-01",
        source=GAZETTE + "2014年第12号（人力资源和社会保障部令第22号）",
        history=["2013年12月20日 人力资源社会保障部第21次部务会审议通过",
                 "2014年1月24日 人力资源和社会保障部令第22号公布",
                 "2014年3月1日 施行"],
        verified=False,
        verification="全文取自中国政府网《国务院公报》2014年第12号所载部令的一份公开存档；第十五条、第十七条另与一份独立公开副本（w.sf024.com 问答页所引条文）"
                     "逐字一致，其余条文尚未与第二份独立副本逐字比对。比对时全角、半角标点视为相同。",
        topics={3: ["劳务派遣", "三性岗位"], 4: ["劳务派遣", "用工比例"], 5: ["劳务派遣", "劳动合同期限"],
                6: ["劳务派遣", "试用期"], 9: ["劳务派遣", "同工同酬"], 10: ["劳务派遣", "工伤"],
                12: ["劳务派遣", "退回"], 13: ["劳务派遣", "退回", "医疗期"], 14: ["劳务派遣", "辞职"],
                15: ["劳务派遣", "退回", "解除劳动合同"], 17: ["劳务派遣", "经济补偿"],
                24: ["劳务派遣", "违法退回"], 27: ["假外包", "劳务派遣"]})),
    "最高人民法院关于审理劳动争议案件适用法律问题的解释（二）(2025-07-31).md": ("spc-labor-dispute-interpretation-2", dict(
        shortName="劳动争议司法解释（二）",
        aliases=["劳动争议司法解释（二）", "劳动争议解释二", "解释（二）", "解释二", "法释〔2025〕12号"],
        level="JUDICIAL_INTERPRETATION", issuer="最高人民法院", adopted="2025-02-17", effective="2025-09-01",
        source="最高人民法院网站（www.court.gov.cn）2025年8月1日发布稿",
        history=["2025年2月17日 最高人民法院审判委员会第1942次会议通过",
                 "2025年7月31日 公布（法释〔2025〕12号）",
                 "2025年9月1日 施行"],
        verified=False,
        verification="全文取自最高人民法院网站发布稿的一份公开存档，尚未与第二份独立副本逐字比对。",
        topics={1: ["转包", "用工主体责任"], 2: ["挂靠", "用工主体责任"], 3: ["混同用工", "确认劳动关系"],
                6: ["二倍工资", "书面劳动合同"], 7: ["二倍工资", "书面劳动合同"], 8: ["劳动合同续延"],
                9: ["无固定期限劳动合同", "二倍工资"], 10: ["无固定期限劳动合同"], 11: ["劳动合同期满"],
                12: ["服务期", "违约金"], 13: ["竞业限制"], 14: ["竞业限制"], 15: ["竞业限制", "违约金"],
                16: ["违法解除", "继续履行"], 17: ["职业健康检查", "解除劳动合同"], 18: ["违法解除", "工资"],
                19: ["社会保险", "被迫解除", "经济补偿"], 20: ["仲裁时效"]})),
    "全国年节及纪念日放假办法(2024-11-10).md": ("national-holidays-measures", dict(
        shortName="全国年节及纪念日放假办法",
        aliases=["全国年节及纪念日放假办法", "放假办法", "法定节假日"],
        level="ADMINISTRATIVE_REGULATION", issuer="国务院", adopted="1949-12-23", lastAmended="2024-11-10",
        effective="2025-01-01",
        source="LawRefBook/Laws 公开法规库（据国务院2024年11月10日修改决定）",
        history=["1949年12月23日 政务院发布",
                 "1999年9月18日 《国务院关于修改〈全国年节及纪念日放假办法〉的决定》第一次修订",
                 "2007年12月14日 《国务院关于修改〈全国年节及纪念日放假办法〉的决定》第二次修订",
                 "2013年12月11日 《国务院关于修改〈全国年节及纪念日放假办法〉的决定》第三次修订",
                 "2024年11月10日 《国务院关于修改〈全国年节及纪念日放假办法〉的决定》第四次修订"],
        verified=False,
        verification="全文取自一份公开法规库。第一至五条另与两份独立公开副本逐字一致（甘肃省山丹县霍城镇政府信息公开页2024年11月21日所载全文、"
                     "新浪财经转载的国务院令第795号全文）；第七条与国务院修改决定所载新增条文的三份公开转载一致；第六条前半句与山丹县政府页一致，"
                     "第六条后半句和第八条尚未在2024年修订本的独立副本中核对（2013年修订本第七条与第八条同文）。比对时全角、半角标点视为相同。"
                     "修改决定自2025年1月1日起施行。",
        topics={2: ["法定节假日", "加班工资"], 3: ["部分公民节日"], 6: ["补假"], 7: ["调休"]})),
    "最高人民法院关于审理工伤保险行政案件若干问题的规定(2014-06-18).md": ("spc-work-injury-administrative-cases", dict(
        shortName="工伤保险行政案件规定",
        aliases=["工伤保险行政案件规定", "工伤行政案件司法解释", "法释〔2014〕9号"],
        level="JUDICIAL_INTERPRETATION", issuer="最高人民法院", adopted="2014-06-18", effective="2014-09-01",
        source="LawRefBook/Laws 公开法规库",
        history=["2014年6月18日 公布（法释〔2014〕9号）", "2014年9月1日 施行"],
        verified=False,
        verification="全文取自一份公开法规库，尚未与第二份独立副本逐字比对；该副本把末句"
                     "“最高人民法院以前颁布的司法解释与本规定不一致的，以本规定为准。”印作第九条之后的未编号段落，此处作附录保存；该副本未载施行日期。",
        tail_as_appendix="最高人民法院以前颁布的司法解释与本规定不一致的，以本规定为准。",
        topics={1: ["工伤认定", "主要责任"], 3: ["工伤保险责任单位", "劳务派遣", "挂靠"], 4: ["工伤认定", "上下班途中"],
                5: ["上下班途中", "工伤认定"], 6: ["上下班途中"], 7: ["工伤认定申请期限"], 8: ["第三人侵权", "工伤保险待遇"]})),
}


def main():
    source = Path(sys.argv[1])
    for name, (law_id, meta) in LAWS.items():
        law = cl.parse(source / name, law_id)
        tail = meta.get("tail_as_appendix")
        if tail:
            last = law["articles"][-1]["paragraphs"]
            if last[-1] != tail:
                raise ValueError(f"{name}: expected the unnumbered closing sentence at the end")
            last.pop()
            law["appendix"] = [tail]
        law["history"] = meta["history"]
        cl.TOPICS[law_id] = meta.get("topics", {})
        cl.AS_OF = AS_OF
        text = cl.render(law_id, law, meta)
        extra = [f"verified: {'true' if meta['verified'] else 'false'}"]
        if meta.get("verification"):
            extra.append(f"verification: {cl.scalar(meta['verification'])}")
        text = text.replace("\nhistory: |", "\n" + "\n".join(extra) + "\nhistory: |", 1)
        out = cl.DEFAULT_OUTPUT / f"{law_id}.md"
        out.write_text(text, encoding="utf-8")
        print(f"{law_id:45} {len(law['articles']):4} articles")


if __name__ == "__main__":
    main()
