"""HTML pages of a county portal around the tables: navigation, title, publication line, footer;
`<meta charset>` matching the bytes (UTF-8 or GBK)."""

from __future__ import annotations

import html
from collections.abc import Sequence


def p(text: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>" + "<br>".join(html.escape(s) for s in text.split("\n")) + "</p>"


def page(
    title: str, site: str, published: str, body: Sequence[str], charset: str = "utf-8"
) -> bytes:
    head = (
        "<!DOCTYPE html>\n<html>\n<head>\n"
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        f"<title>{html.escape(title)}_{html.escape(site)}</title>\n"
        "<style>td{font-size:12px;text-align:center}.src{color:#666}</style>\n"
        "</head>\n<body>\n"
        f'<div class="nav">首页 &gt; 政务公开 &gt; 财政预决算 &gt; 部门预算</div>\n'
        f"<h1>{html.escape(title)}</h1>\n"
        f'<div class="src">发布时间：{html.escape(published)}　来源：{html.escape(site)}'
        "　【字体：大 中 小】　打印本页</div>\n"
        '<div class="content">\n'
    )
    foot = (
        "\n</div>\n"
        f'<div class="footer">主办单位：{html.escape(site)}　技术支持：县融媒体中心<br>'
        "网站标识码：0000000000　备案号：暂无</div>\n</body>\n</html>\n"
    )
    return (head + "\n".join(body) + foot).encode("gbk" if charset.lower() == "gbk" else "utf-8")
