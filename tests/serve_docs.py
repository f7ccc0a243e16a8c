"""Two small invented disclosures for the web app's tests: a draft and its revised version.

The revision fixes two problems of the draft (a completion time given as 100%, a timeliness
rate given as 及时), keeps others, adds one (people counted in 个), changes a target, and lists
the two projects in the opposite order (the revision check must not depend on the order).
"""

from __future__ import annotations

HEAD = "# 青禾县农业农村局2024年度部门预算\n\n"

FARMLAND = """# 县级部门预算项目绩效目标表

(2024 年度)

项目名称\t\t高标准农田建设项目\t\t\t
部门名称\t\t青禾县农业农村局\t\t\t
项目资金 (万元)\t年度资金总额\t\t\t\t120
\t其中：财政拨款\t\t\t\t120
年度目标\t\t完成高标准农田建设5000亩，提升农田灌排能力。\t\t\t
绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t指标说明
\t产出指标\t数量指标\t新建高标准农田面积\t≥5000亩\t
\t\t质量指标\t工程验收合格率\t≥95%\t
\t\t时效指标\t项目完成时间\t{time}\t
\t\t成本指标\t亩均建设成本\t≤240元\t
\t效益指标\t社会效益指标\t社会效益\t明显\t
\t\t可持续影响指标\t长效管护机制\t健全\t
\t满意度指标\t服务对象满意度指标\t受益群众满意度\t{satisfaction}\t
{extra}"""

SANITATION = """# 县级部门预算项目绩效目标表

(2024 年度)

项目名称\t\t农村人居环境整治项目\t\t\t
部门名称\t\t青禾县农业农村局\t\t\t
项目资金 (万元)\t年度资金总额\t\t\t\t60
\t其中：财政拨款\t\t\t\t60
年度目标\t\t改善农村人居环境。\t\t\t
绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t指标说明
\t产出指标\t数量指标\t改造农村户厕数量\t≥800户\t
\t\t质量指标\t工作完成率\t100%\t
\t\t时效指标\t资金拨付及时率\t{timely}\t
\t\t成本指标\t成本控制\t按照规定标准控制\t
\t效益指标\t社会效益指标\t社会效益\t明显\t
\t满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%\t
"""

DRAFT = (
    HEAD
    + FARMLAND.format(time="100%", satisfaction="≥90%", extra="")
    + "\n"
    + SANITATION.format(timely="及时")
)

REVISED = (
    HEAD
    + SANITATION.format(timely="≥95%")
    + "\n"
    + FARMLAND.format(
        time="2024年11月底前",
        satisfaction="≥92%",
        extra="\t\t数量指标\t技术培训人数\t≥100个\t\n",
    )
)
