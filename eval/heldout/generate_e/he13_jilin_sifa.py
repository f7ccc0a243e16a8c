"""he13 — 吉林 蛟源县司法局, 2024, plain text (UTF-8, LF) copied from a web page whose tables lost
their structure: the first table on one long line, cells separated by single spaces, the second with its
cells run together on one line per row; a slogan goal and
a goal that only names the use of the funds."""

from __future__ import annotations

from typing import Any

from emit import Tab, text_file
from frame import CB, MY, SH, SL, SX, ZL, E, P, S, project_table
from grid import Text
from kit import V402, V403, codes, tags
from spec import Doc, R, Table
from textual import render_one_line

UNIT = "蛟源县司法局"
HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "绩效指标描述"]
KEYS = ["l1", "l2", "l3", "value", "desc"]

T1 = Table(
    "project",
    "法律援助经费",
    48.0,
    "做好法律援助工作，维护社会公平正义，提升群众法治获得感。",
    [
        R(
            P,
            SL,
            "办理法律援助案件数量",
            "≥420件",
            4,
            desc="全年受理并指派的法律援助案件数",
        ),
        R(P, SL, "提供法律咨询人次", "≥3000人次", 4, desc="12348热线及窗口咨询人次"),
        R(
            P,
            ZL,
            "法律援助案件质量评查合格率",
            "≥95%",
            5,
            desc="按《法律援助案件质量评估办法》抽查评查合格的案件比例",
        ),
        R(
            P,
            SX,
            "案件指派时间",
            "受理后3个工作日内",
            4,
            desc="自受理申请之日起至指派律师之日",
        ),
        R(P, CB, "案均办案补贴", "≤1100元/件", 4, desc="办案补贴总额÷结案数"),
        R(
            E,
            SH,
            "困难群众合法权益",
            "得到有效维护",
            2,
            desc="困难群众合法权益得到有效维护",
            c=codes({"V401": "direction without a criterion"}, V403),
        ),
        R(
            E,
            SH,
            "挽回受援人经济损失",
            "≥800万元",
            4,
            desc="判决、调解确定的受援人获得的金额",
        ),
        R(S, MY, "受援人满意度", "≥95%", 4, desc="结案回访"),
    ],
    title="蛟源县司法局2024年法律援助经费项目绩效目标表",
    codes={"G702": "slogan goal: no scope, quantity or time"},
)

T2 = Table(
    "project",
    "社区矫正工作经费",
    36.0,
    "用于社区矫正工作经费支出。",
    [
        R(P, SL, "在册社区矫正对象监管人数", "≥160人", 4, desc="年度在册社区矫正对象"),
        R(P, SL, "开展集中教育学习次数", "≥12次", 4, desc="每月至少1次"),
        R(
            P,
            ZL,
            "社区矫正对象再犯罪率",
            "≥0.2%",
            3,
            desc="矫正期内重新犯罪人数占在册人数的比例",
            c={"U305": "≥ on a bad-polarity rate (再犯罪率)"},
        ),
        R(
            P,
            ZL,
            "电子定位监管覆盖率",
            "100%",
            4,
            desc="符合条件的对象纳入电子定位监管",
        ),
        R(P, SX, "入矫报到率", "100%", 4, desc="入矫报到率", c=V403),
        R(
            E,
            SH,
            "社区矫正工作社会效益",
            "达到预期目标",
            2,
            desc="社区矫正工作社会效益",
            c=codes(V402, V403),
        ),
        R(S, MY, "社区矫正对象家属满意度", "≥90%", 4, desc="问卷调查"),
    ],
    title="蛟源县司法局2024年社区矫正工作经费项目绩效目标表",
    codes={"T104": "the goal only names the use of the funds"},
)


def render(doc: Doc) -> bytes:
    def one(t: Table) -> Any:
        f = project_table(t, UNIT, HEAD, KEYS, "项目资金（万元）", f"{t.budget_wan:.2f}")

        def write(text: Text) -> None:
            render_one_line(text, f, prefix=t.title)

        return write

    blocks: list[Any] = [
        "蛟源县司法局2024年部门预算信息公开",
        "来源：蛟源县司法局 发布时间：2024年02月08日 【字体：大 中 小】",
        "一、部门职责……（略）",
        "二、项目绩效目标",
        one(T1),
        T2.title,
        Tab(
            project_table(T2, UNIT, HEAD, KEYS, "项目资金（万元）", "36.00"),
            {"style": "together"},
        ),
        "扫一扫在手机打开当前页",
    ]
    return text_file(blocks)


DOC = Doc(
    "he13_jilin_sifa",
    "he13_蛟源县司法局2024部门预算信息公开.txt",
    UNIT,
    2024,
    tags(
        "txt",
        "utf-8 LF",
        "吉林",
        "司法",
        "one-line run-together several-tables unit-year-framing",
    ),
    [T1, T2],
    render=render,
)
