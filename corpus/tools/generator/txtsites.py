"""Text-dump templates (the form of the seed dumps)."""
DEFAULT_REL = [("全市召开安全生产工作例会 部署夏季重点任务", "06-10 10-21"),
               ("城区新增两条公交线路 下周一起试运行", "06-09 16-05"),
               ("端午假期文旅市场平稳有序", "06-08 09-12")]

def authline(a):
    return a["author_line"] if a["author_line"] is not None else (a["author"] or "")

def donghai(a):
    """Like a portal dump: breadcrumb line, title, 稿源 line, indented paragraphs, footer, print copy."""
    ind = "\n\n".join("  " + p for p in a["body"])
    by = f"\n\n  {a['byline']}" if a["byline"] else ""
    meta = f"稿源: {a['source'] or '东海新闻网'}   {a['date'] or ''}报料热线:88123456" if a["show_meta"] else "报料热线:88123456"
    out = f"""新闻

报料热线:88123456

您当前的位置 : 东海新闻网  >  {'  >  '.join(a['crumbs'])}
{a['title']}
{meta}

{ind}{by}

编辑: {a['editor'] or '陈洁'}纠错:dhnews@example.cn

扫一扫,东海新闻网装进手机

东海新闻网手机版

微信公众号

东海新闻网(东海传媒有限公司)版权所有(C)

Copyright(C) 2003-2021 donghai.example.cn All Rights Reserved

互联网新闻信息服务许可证:3312017123 信息网络传播视听节目许可证:1104999

违法和不良信息举报电话:0574-88123456 举报邮箱:jb@donghai.example.cn
"""
    if a["doubled"]:
        out += f"""
{a['title']}

稿源: {a['source'] or '东海新闻网'} {a['date'] or ''}

{ind}{by}

编辑: {a['editor'] or '陈洁'}

纠错:dhnews@example.cn
"""
    return out

def luzhong(a):
    """Title, date+source+author line, paragraphs, 推荐阅读 list with teasers and dates."""
    rel = a["related"] or DEFAULT_REL
    ind = "\n\n".join("  " + p for p in a["body"])
    bits = []
    if a["date"]: bits.append(a["date"])
    if a["source"]: bits.append(f"来源: {a['source']}")
    if authline(a): bits.append(f"作者: {authline(a)}")
    meta = " ".join(bits) if a["show_meta"] else ""
    bullet = "·" if a["gbk"] else "•"
    items = "\n".join(f"  {bullet} {t}\n\n    {t}。近日，记者从有关部门获悉相关情况。[详细]\n\n    {d}" for t, d in rel)
    out = f"""{a['title']}

{meta}

{ind}

推荐阅读
{items}
"""
    if a["doubled"]:
        out += f"\n{a['title']}\n\n{meta}\n\n{ind}\n\n责任编辑：{a['editor'] or '周静'}\n"
    return out

def qinba(a):
    """Top links, 主办 line, 当前位置, 更新/来源, 分享到, 作者/编辑, flush paragraphs, footer."""
    body = "\n\n".join(a["body"])
    out = f"""列车时刻表 |最新航班时刻表|城区公交线路图|秦巴日报社广告价格|天气预报 设为主页|加入收藏
主办:秦巴日报社 地址:{a.get('hq', '汉中市汉台区天汉大道66号')}
热线电话:0916-2210000 新闻投稿邮箱:qbrb_tg@example.cn
  当前位置:首页>> {' >> '.join(a['crumbs'])} >> 

{a['title']}

""" + (f"更新:{a['date'] or ''}       来源: {a['source'] or ''} \n\n" if a["show_meta"] else "") + f"""分享到:
手机读报看新闻,下载掌上秦巴
作者:{authline(a)}    编辑:{a['editor'] or ''}

{body}

""" + (f"作者:{authline(a)}\n\n" if authline(a) else "") + f"""来源:{a['source'] or '秦巴日报网'}

关于我们 | 联系我们 | 版权声明 | 举报电话:0916-2210001 邮箱:qbjb@example.cn
中国互联网举报中心 违法和不良信息举报 举报电话:0916-2210000
互联网新闻信息服务许可证:61120190021 陕ICP备13020011号-1 陕公网安备 61070202000011号
"""
    if a["doubled"]:
        out += f"\n{a['title']}\n\n{body}\n"
    return out

def jianghuai(a):
    """Stray headline, title twice with teaser, flush paragraphs, 来源/记者/编辑 lines, dated related list."""
    rel = a["related"] or [("多地开展汛前安全大检查", "2021-05-20"), ("这个夏天去哪儿避暑", "2021-05-19"), ("市区新增便民停车泊位", "2021-05-18")]
    body = "\n".join(a["body"])
    teaser = a["title"] + a["body"][0][:60]
    dl = f"{a['date']}\n" if a["date"] and a["show_meta"] else ""
    out = f"""关于进一步做好城乡居民医保参保缴费工作的通知
{a['title']}
{teaser}
{dl}{body}
""" + (f"来源:{a['source']}\n" if a["source"] else "") + (f"记者:{authline(a)}\n" if authline(a) else "") + (f"编辑:{a['editor']}\n" if a["editor"] else "") + "新闻监督热线:0551-62620000\n" + "".join(f"-\n{t}{d}\n" for t, d in rel)
    if a["doubled"]:
        out += f"{a['title']}\n{body}\n"
    return out

TXT = dict(donghai=donghai, luzhong=luzhong, qinba=qinba, jianghuai=jianghuai)
