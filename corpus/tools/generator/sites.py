"""Invented local-news site templates: HTML CMS layouts and text dumps."""
import zlib
from core import iso

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def disp(a, sep="-"):
    return a["date"].replace("-", sep) if a["date"] else ""

def authline(a):
    return a["author_line"] if a["author_line"] is not None else (a["author"] or "")

def rel_html(items, li_fmt):
    return "\n".join(li_fmt.format(t=esc(t), d=d, i=i) for i, (t, d) in enumerate(items))

NAV_YJ = ["首页", "时政", "甬城", "区县", "经济", "社会", "文旅", "教育", "健康", "评论", "图片", "视频", "专题", "数字报"]
DEFAULT_REL = [("全市召开安全生产工作例会 部署夏季重点任务", "2021-06-10"),
               ("城区新增两条公交线路 下周一起试运行", "2021-06-09"),
               ("端午假期文旅市场平稳有序", "2021-06-08"),
               ("我市发布高温天气防范提示", "2021-06-07"),
               ("一季度规上工业增加值同比增长", "2021-06-05")]

# ---------------------------------------------------------------- HTML 1: 甬江新闻网 (div wrappers)
def yongjiang(a):
    rel = a["related"] or DEFAULT_REL
    meta = ""
    if a["show_meta"]:
        parts = []
        if a["source"]: parts.append(f'<span class="source">来源：{a["source"]}</span>')
        if a["date"]: parts.append(f'<span class="time">发布时间：{a["date"]}</span>')
        if authline(a): parts.append(f'<span class="author">作者：{authline(a)}</span>')
        if a["editor"]: parts.append(f'<span class="editor">编辑：{a["editor"]}</span>')
        meta = '<div class="info">' + "&nbsp;&nbsp;".join(parts) + "</div>"
    ogtime = f'<meta property="article:published_time" content="{iso(a["date"])}">' if a["date"] and "T" in (iso(a["date"]) or "") else ""
    body = "\n".join(f'<p style="text-indent:2em;">{esc(p)}</p>' for p in a["body"])
    byline = f'<p class="byline">{a["byline"]}</p>' if a["byline"] else ""
    nav = "".join(f'<li><a href="/{i}/">{n}</a></li>' for i, n in enumerate(NAV_YJ))
    crumbs = " &gt; ".join(f'<a href="/c{i}/">{c}</a>' for i, c in enumerate(a["crumbs"]))
    copy = ""
    if a["doubled"]:
        copy = f'''<div id="print_content" style="display:none">
<h2>{esc(a["title"])}</h2>
<div>来源：{a["source"] or ""}　{a["date"] or ""}</div>
{body}
</div>'''
    return f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])}_甬江新闻网</title>
<meta name="keywords" content="甬江新闻网,新闻,{a["crumbs"][-1]}">
<meta name="description" content="{esc(a["body"][0][:60])}">
{ogtime}
<link rel="stylesheet" href="/static/css/main.css">
<style>.article-content p{{line-height:2;font-size:16px}} .share a{{margin:0 4px}} #print_content{{display:none}}</style>
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="https://hm.example.cn/hm.js?a81c";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>
</head>
<body>
<div class="top-bar"><div class="wrap"><a href="/">甬江新闻网</a> | <a href="/app/">客户端下载</a> | <a href="/baoliao/">我要报料</a> 报料热线：0574-86001234</div></div>
<div class="header"><div class="wrap"><div class="logo"><img src="/static/logo.png" alt="甬江新闻网"></div>
<div class="nav"><ul>{nav}</ul></div></div></div>
<div class="main wrap">
  <div class="left-box">
    <div class="crumb">您当前的位置：<a href="/">首页</a> &gt; {crumbs}</div>
    <div class="article">
      <div class="article-head">
        <h1>{esc(a["title"])}</h1>
        {meta}
        <div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qz">QQ空间</a></div>
      </div>
      <div class="article-content">
{body}
{byline}
      </div>
      <div class="article-foot"><p>责任编辑：{a["editor"] or "王晓"}</p><p>纠错邮箱：jiucuo@yjnews.example.cn</p></div>
    </div>
    <div class="related"><h3>推荐阅读</h3><ul>
{rel_html(rel, '<li><a href="/news/{i}.html">{t}</a><span>{d}</span></li>')}
    </ul></div>
  </div>
  <div class="right-box"><div class="hot"><h3>热点排行</h3><ol><li><a href="/h1">今夏首场强降雨来袭 请注意出行安全</a></li><li><a href="/h2">这些老小区将迎来加装电梯</a></li><li><a href="/h3">高考首日 考点周边交通管制</a></li></ol></div></div>
</div>
<div class="footer"><div class="wrap">
<p><a href="/about">关于我们</a> | <a href="/contact">联系我们</a> | <a href="/ad">广告服务</a> | <a href="/law">版权声明</a></p>
<p>甬江新闻网 版权所有 未经授权禁止复制或建立镜像</p>
<p>互联网新闻信息服务许可证：33120170099　浙ICP备10032211号-2　浙公网安备 33020302000321号</p>
<p>违法和不良信息举报电话：0574-86005555　举报邮箱：jubao@yjnews.example.cn</p>
</div></div>
{copy}
<script src="/static/js/jquery.min.js"></script>
<script>$(function(){{$(".share a").click(function(){{window.open("/share?t="+encodeURIComponent(document.title));}});}});</script>
</body>
</html>
'''

# ---------------------------------------------------------------- HTML 2: 巴山日报网 (TRS table layout)
def bashan(a):
    rel = a["related"] or DEFAULT_REL
    charset = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' if a["gbk"] == "meta" else ""
    body = "\n".join(f"<p>　　{esc(p)}</p>" for p in a["body"])
    meta = ""
    if a["show_meta"]:
        meta = f'<td class="info" align="center">更新：{a["date"] or ""}&nbsp;&nbsp;&nbsp;&nbsp;稿源：{a["source"] or ""}&nbsp;&nbsp;&nbsp;&nbsp;作者：{authline(a)}&nbsp;&nbsp;&nbsp;&nbsp;编辑：{a["editor"] or ""}</td>'
    crumbs = "&gt;&gt;".join(f' <a href="/l{i}/">{c}</a> ' for i, c in enumerate(a["crumbs"]))
    copy = ""
    if a["doubled"]:
        copy = f'''<div class="wap-article" id="wapContent">
<div class="wap-title">{esc(a["title"])}</div>
<div class="wap-info">{a["date"] or ""} {a["source"] or ""}</div>
{body}
</div>'''
    return f'''<html>
<head>
{charset}
<title>{esc(a["title"])}--巴山日报网</title>
<style type="text/css">body{{margin:0;font-size:12px}} .TRS_Editor p{{font-size:15px;line-height:28px}} .wap-article{{display:none}}</style>
<script language="javascript">function doZoom(size){{document.getElementById('zoomtext').style.fontSize=size+'px';}}</script>
</head>
<body>
<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="topnav">
<a href="/">首页</a> | <a href="/szxw/">时政新闻</a> | <a href="/qx/">区县动态</a> | <a href="/sh/">社会</a> | <a href="/jj/">经济</a> | <a href="/ms/">民生</a> | <a href="/wt/">文体</a> | <a href="/pl/">评论</a> | <a href="/dzb/">电子报</a> 设为主页 | 加入收藏
</td></tr>
<tr><td>主办：巴山日报社　热线电话：0818-2300111　新闻投稿邮箱：tougao@bashan.example.cn</td></tr></table>
<table width="1000" align="center"><tr><td class="position">当前位置：<a href="/">首页</a>&gt;&gt;{crumbs}</td></tr></table>
<table width="1000" align="center" class="main">
<tr><td class="title" align="center"><h1>{esc(a["title"])}</h1></td></tr>
<tr>{meta}</tr>
<tr><td align="right">分享到：微信 微博 QQ空间　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
<tr><td class="TRS_Editor" id="zoomtext">
{body}
</td></tr>
<tr><td align="right">责任编辑：{a["editor"] or "李敏"}</td></tr>
</table>
<table width="1000" align="center"><tr><td><b>相关新闻</b></td></tr>
{rel_html(rel, '<tr><td>·<a href="/art/{i}.shtml">{t}</a>　({d})</td></tr>')}
</table>
<table width="1000" align="center" class="foot"><tr><td align="center">
<a href="/gywm/">关于我们</a> | <a href="/lxwm/">联系我们</a> | <a href="/bqsm/">版权声明</a><br>
巴山日报社 版权所有 举报电话：0818-2300222<br>
互联网新闻信息服务许可证：51120190077 蜀ICP备13011223号-1 川公网安备 51170202000222号
</td></tr></table>
{copy}
</body>
</html>
'''

# ---------------------------------------------------------------- HTML 3: 鸢都在线 (div#zoom, JSON-LD)
def yuandu(a):
    rel = a["related"] or DEFAULT_REL
    body = "\n".join(f"<p>{esc(p)}</p>" for p in a["body"])
    ld = ""
    if a["date"] and a.get("jsonld", True):
        au = f',"author":{{"@type":"Person","name":"{a["author"]}"}}' if a["author"] else ""
        ld = f'''<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{a["title"]}","datePublished":"{iso(a["date"])}"{au},"publisher":{{"@type":"Organization","name":"鸢都在线"}}}}</script>'''
    meta = ""
    if a["show_meta"]:
        bits = []
        if a["date"]: bits.append(f"发布时间：{a['date']}")
        if a["source"]: bits.append(f"信息来源：{a['source']}")
        if authline(a): bits.append(f"作者：{authline(a)}")
        meta = '<div class="article-meta">' + "　".join(bits) + '　<span id="views">浏览次数：<script>document.write(Math.floor(Math.random()*900))</script></span></div>'
    copy = ""
    if a["doubled"]:
        copy = f'''<div class="mobile-view" hidden>
<h3>{esc(a["title"])}</h3>
<p class="m-meta">{a["date"] or ""} {a["source"] or ""}</p>
{body}
</div>'''
    crumbs = " &gt; ".join(f'<a href="/n{i}/">{c}</a>' for i, c in enumerate(a["crumbs"]))
    return f'''<!doctype html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title"])} - 鸢都在线</title>
{ld}
<style>#zoom p{{text-indent:2em;margin:12px 0}} .mobile-view{{display:none}} .nav a{{padding:0 10px}}</style>
</head>
<body>
<div id="wrapper">
 <div class="header"><div class="inner"><span class="logo">鸢都在线</span>
  <div class="nav"><a href="/">首页</a><a href="/yw/">要闻</a><a href="/xsq/">县市区</a><a href="/zw/">政务</a><a href="/ms/">民生</a><a href="/cj/">财经</a><a href="/ty/">文体</a><a href="/sp/">视频</a><a href="/zt/">专题</a><a href="/wz/">问政</a></div>
 </div></div>
 <div class="container">
  <div class="bread">您当前的位置：<a href="/">首页</a> &gt; {crumbs} &gt; 正文</div>
  <div class="detail">
   <div class="detail-title"><h1>{esc(a["title"])}</h1></div>
   {meta}
   <div class="bdsharebuttonbox">分享到：<a data-cmd="weixin">微信</a><a data-cmd="tsina">微博</a><a data-cmd="qzone">QQ空间</a></div>
   <div id="zoom">
{body}
   </div>
   <div class="detail-editor">责任编辑：{a["editor"] or "孙倩"}</div>
  </div>
  <div class="list-rel"><div class="hd">相关新闻</div><ul>
{rel_html(rel, '<li><a href="/content/{i}.html">{t}</a><em>{d}</em></li>')}
  </ul></div>
 </div>
 <div class="footer">
  <p>鸢都在线 版权所有 鲁ICP备09012345号-3 鲁公网安备 37070202000456号</p>
  <p>互联网新闻信息服务许可证：37120180021 违法和不良信息举报电话：0536-8880000</p>
 </div>
</div>
{copy}
<script>window._bd_share_config={{common:{{bdText:document.title}},share:{{}}}};</script>
</body>
</html>
'''

# ---------------------------------------------------------------- HTML 4: 湘中融媒 (county media centre)
def xiangzhong(a):
    rel = a["related"] or DEFAULT_REL
    body = "\n".join(f"<p>{esc(p)}</p>" for p in a["body"])
    meta = ""
    if a["show_meta"]:
        bits = []
        if a["source"]: bits.append(f'<span>稿源：{a["source"]}</span>')
        if authline(a): bits.append(f'<span>作者：{authline(a)}</span>')
        if a["editor"]: bits.append(f'<span>编辑：{a["editor"]}</span>')
        if a["date"]: bits.append(f'<span>{a["date"]}</span>')
        meta = '<div class="article-info">' + "".join(bits) + "</div>"
    pub = f'<meta name="publishdate" content="{a["date"]}">' if a["date"] and not a["show_meta"] else ""
    copy = ""
    if a["doubled"]:
        copy = f'''<section class="print-copy" style="display:none"><h1>{esc(a["title"])}</h1>
<div class="article-content">
{body}
</div></section>'''
    return f'''<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>{esc(a["title"])}</title>
{pub}
<link rel="stylesheet" href="/css/style.css">
<style>.article-content{{font-size:17px}} .article-info span{{margin-right:15px;color:#999}}</style>
</head>
<body>
<header class="site-header"><div class="container"><a class="logo" href="/">湘中融媒</a>
<nav><ul class="menu"><li><a href="/">首页</a></li><li><a href="/xw/">新闻</a></li><li><a href="/xz/">乡镇</a></li><li><a href="/bm/">部门</a></li><li><a href="/zw/">政务公开</a></li><li><a href="/ms/">民生</a></li><li><a href="/wl/">文旅</a></li><li><a href="/sp/">视听</a></li><li><a href="/hd/">互动</a></li></ul></nav></div></header>
<div class="container">
<div class="location">您当前的位置：<a href="/">首页</a> &gt; {" &gt; ".join(a["crumbs"])}</div>
<div class="content">
<div class="article">
<h1 class="article-title">{esc(a["title"])}</h1>
{meta}
<div class="article-content">
{body}
</div>
<div class="article-share">分享到：<span>微信</span><span>微博</span><span>QQ空间</span></div>
<p class="zrbj">【责任编辑：{a["editor"] or "刘芳"}】</p>
</div>
<div class="tuijian"><h4>推荐阅读</h4>
{rel_html(rel, '<div class="item"><a href="/c/{i}.html">{t}</a> <time>{d}</time></div>')}
</div>
</div></div>
<footer><p>湘中融媒 版权所有 湘ICP备17001234号 湘公网安备43130202000088号</p><p>举报电话：0738-8200000　互联网新闻信息服务许可证：43120170010</p></footer>
{copy}
<script>(function(){{var d=document;var s=d.createElement('script');s.src='/js/count.js?id=8812';d.body.appendChild(s);}})();</script>
</body>
</html>
'''

# ---------------------------------------------------------------- HTML 5: 皖北新闻网 (old layout, GBK without declaration)
def wanbei(a):
    rel = a["related"] or DEFAULT_REL
    body = "\n".join(f"<P>　　{esc(p)}</P>" for p in a["body"])
    meta = ""
    if a["show_meta"]:
        meta = f'<font color="#666666">文章来源：{a["source"] or ""}　作者：{authline(a)}　更新时间：{a["date"] or ""}</font>'
    copy = ""
    if a["doubled"]:
        copy = f'''<div id="printdiv" style="display:none"><center><b>{esc(a["title"])}</b></center>
{body}
</div>'''
    return f'''<HTML>
<HEAD>
<TITLE>{esc(a["title"])} - 皖北新闻网</TITLE>
<STYLE>TD{{FONT-SIZE:12px}} .con{{FONT-SIZE:14px;LINE-HEIGHT:24px}}</STYLE>
<SCRIPT>function printit(){{window.print();}}</SCRIPT>
</HEAD>
<BODY>
<TABLE width=960 align=center><TR><TD><IMG src="/images/logo.gif"></TD><TD align=right>设为首页 | 加入收藏 | 联系我们</TD></TR></TABLE>
<TABLE width=960 align=center bgcolor=#0055a5><TR><TD><A href="/">首页</A> | <A href="/news/">本地新闻</A> | <A href="/xq/">县区</A> | <A href="/shehui/">社会</A> | <A href="/caijing/">财经</A> | <A href="/fangchan/">房产</A> | <A href="/qiche/">汽车</A> | <A href="/luntan/">论坛</A></TD></TR></TABLE>
<TABLE width=960 align=center><TR><TD>您现在的位置：<A href="/">皖北新闻网</A> &gt;&gt; {" &gt;&gt; ".join(a["crumbs"])} &gt;&gt; 正文</TD></TR></TABLE>
<TABLE width=960 align=center>
<TR><TD align=center><H1><FONT size=5>{esc(a["title"])}</FONT></H1></TD></TR>
<TR><TD align=center>{meta}</TD></TR>
<TR><TD class=con>
{body}
</TD></TR>
<TR><TD align=right>【<A href="javascript:printit()">打印本页</A>】【<A href="javascript:window.close()">关闭窗口</A>】</TD></TR>
</TABLE>
<TABLE width=960 align=center><TR><TD><B>相关文章：</B></TD></TR>
{rel_html(rel, '<TR><TD><A href="/html/{i}.htm">{t}</A>　[{d}]</TD></TR>')}
</TABLE>
<TABLE width=960 align=center><TR><TD align=center>皖北新闻网 版权所有 Copyright 2008-2021<BR>皖ICP备08001122号 皖公网安备 34120202000033号<BR>互联网新闻信息服务许可证：34120180005 举报电话：0558-2211000</TD></TR></TABLE>
{copy}
</BODY>
</HTML>
'''

# ---------------------------------------------------------------- HTML 6: 黔山新闻网 (modern, og meta)
def qianshan(a):
    rel = a["related"] or DEFAULT_REL
    body = "\n".join(f"<p>{esc(p)}</p>" for p in a["body"])
    og = ""
    if a["date"]:
        og = f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(a["title"])}"><meta property="article:published_time" content="{iso(a["date"])}">'
    meta = ""
    if a["show_meta"]:
        meta = f'<div class="meta"><span class="date">{a["date"] or ""}</span><span class="from">来源：{a["source"] or ""}</span>' + (f'<span class="auth">记者：{authline(a)}</span>' if authline(a) else "") + "</div>"
    copy = ""
    if a["doubled"]:
        copy = f'''<div class="m-page" data-role="mobile"><div class="m-title">{esc(a["title"])}</div>
<div class="m-time">{a["date"] or ""}</div>
<div class="m-body">
{body}
</div></div>'''
    return f'''<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])}|黔山新闻网</title>
{og}
<style>body{{font-family:"Microsoft YaHei"}} .m-page{{display:none}} .meta span{{margin-right:12px}}</style>
<script>window.pageConfig={{channel:"{a["crumbs"][-1]}",id:"{zlib.crc32(a["title"].encode()) % 100000}"}};</script>
</head>
<body>
<div class="g-top"><div class="g-wrap"><span>黔山新闻网</span><a href="/">首页</a><a href="/gz/">贵州</a><a href="/sz/">市州</a><a href="/xq/">县区</a><a href="/fz/">法治</a><a href="/jk/">健康</a><a href="/ly/">旅游</a><a href="/ty/">体育</a><a href="/rd/">热点</a><a href="/tp/">图片</a></div></div>
<div class="g-wrap"><div class="g-main">
<div class="g-crumb">您当前的位置：<a href="/">首页</a> &gt; {" &gt; ".join(a["crumbs"])}</div>
<div class="g-article"><div class="g-article-inner"><div class="g-title"><h1>{esc(a["title"])}</h1></div>
{meta}
<div class="g-share">分享到：<i>微信</i><i>微博</i><i>QQ空间</i></div>
<div class="article-content"><div class="txt">
{body}
</div></div>
<div class="g-editor">责任编辑：{a["editor"] or "杨帆"}</div>
</div></div>
<div class="g-related"><h4>相关新闻</h4><ul>
{rel_html(rel, '<li><span>{d}</span><a href="/a/{i}.html">{t}</a></li>')}
</ul></div>
</div></div>
<div class="g-foot"><p>黔山新闻网 版权所有 黔ICP备12003456号-1 贵公网安备 52010202000789号</p><p>互联网新闻信息服务许可证：52120170003　违法和不良信息举报电话：0851-86800000</p></div>
{copy}
<script src="/js/stat.js"></script>
</body>
</html>
'''

HTML = dict(yongjiang=yongjiang, bashan=bashan, yuandu=yuandu, xiangzhong=xiangzhong,
            wanbei=wanbei, qianshan=qianshan)
