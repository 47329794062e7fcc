namespace PressMine.Tests.Crawl;

/// <summary>The pages of a small synthetic county news site (sentences written for these tests).</summary>
internal static class NewsSiteContent
{
    public sealed record Story(string Path, string Title, string Date, string[] Paragraphs);

    public static readonly Story[] Stories =
    [
        new("/news/2024/0301/a1.html", "青溪县开展春季安全生产大检查", "2024-03-01 09:20:00",
            ["青溪县安全生产委员会办公室近日组织五个检查组，深入全县工矿企业和建筑工地开展春季安全生产大检查。",
             "检查组采取四不两直方式，共检查企业68家，排查隐患143处，已整改到位121处，其余隐患落实专人跟踪督办。",
             "县应急管理局负责人表示，下一步将对整改情况开展回头看，确保各类隐患动态清零。"]),
        new("/news/2024/0302/a2.html", "县纪委监委督查惠民资金发放情况", "2024-03-02 15:05:00",
            ["为确保惠民资金安全高效发放，青溪县纪委监委抽调骨干力量组成督查组，对全县十二个乡镇开展专项督查。",
             "督查组累计走访农户316户，发现问题27个，督促整改25个，问责4人。",
             "督查组要求各乡镇举一反三，建立健全资金发放台账，坚决防止优亲厚友等问题发生。"]),
        new("/news/2024/0303/a3.html", "市场监管局抽查校园周边食品经营户", "2024-03-03 10:40:00",
            ["开学以来，青溪县市场监督管理局集中开展校园周边食品安全专项整治行动。",
             "执法人员共抽查校园周边食品经营户54家，下发责令整改通知书9份，立案查处3家。",
             "该局提醒广大家长和学生，购买食品时要认准正规店铺，不买三无产品。"]),
        new("/news/2024/0304/a4.html", "环保督察组回访企业整改落实情况", "2024-03-04 08:30:00",
            ["省生态环境保护督察反馈问题整改工作启动以来，青溪县组织专班对相关企业开展回访督查。",
             "专班先后开展督查11次，检查企业39家，发现问题16个，已全部完成整改。",
             "县生态环境分局表示，将把督察整改与日常监管结合起来，推动全县生态环境质量持续向好。"]),
        new("/news/2024/0305/a5.html", "城管部门集中整治占道经营", "2024-03-05 17:10:00",
            ["针对群众反映强烈的占道经营问题，青溪县综合行政执法局在城区主要街道开展集中整治。",
             "整治期间共出动执法人员120人次，劝导规范流动摊贩86处，清理乱堆乱放杂物32处。",
             "执法局负责人介绍，后续将建立常态化巡查机制，巩固整治成果。"]),
        new("/news/2024/0306/a6.html", "县委巡察组进驻三家单位开展常规巡察", "2024-03-06 11:00:00",
            ["根据县委统一部署，县委第二巡察组近日分别进驻县交通运输局等三家单位开展常规巡察。",
             "巡察期间，巡察组共个别谈话87人次，受理来信来访14件，发现问题线索6条。",
             "巡察组表示，将坚持问题导向，推动被巡察单位切实抓好整改落实。"]),
        new("/news/2024/0307/a7.html", "消防救援大队排查高层住宅火灾隐患", "2024-03-07 14:45:00",
            ["青溪县消防救援大队近日对城区高层住宅小区开展火灾隐患排查整治。",
             "排查中共检查高层住宅小区23个，发现火灾隐患58处，现场督促整改44处。",
             "大队提醒居民不要在楼道内停放电动自行车，发现火情及时拨打119报警。"]),
    ];

    /// <summary>The GBK-encoded story, served with charset=gbk.</summary>
    public static readonly Story GbkStory = new("/gbk/2024/0308/g1.html", "乡镇卫生院医疗服务质量督导检查结束", "2024-03-08 16:00:00",
        ["青溪县卫生健康局近日组织专家组，对全县乡镇卫生院医疗服务质量开展督导检查。",
         "专家组共检查卫生院15家，查阅病历420份，发现问题35个，提出整改建议18条。",
         "县卫生健康局要求各卫生院对照问题清单逐项整改，并于月底前报送整改报告。"]);

    public static string ArticleHtml(Story s, string charset = "utf-8") => $$"""
        <!DOCTYPE html><html><head><meta charset="{{charset}}"><title>{{s.Title}}_青溪新闻网</title></head><body>
        <div class="nav"><a href="/">首页</a> <a href="/news/list_1.html">本地新闻</a> <a href="/gbk/list.html">卫健动态</a></div>
        <div class="crumb">当前位置：<a href="/">青溪新闻网</a> &gt; 本地新闻 &gt; 正文</div>
        <div class="article"><h1>{{s.Title}}</h1>
        <div class="info">来源：青溪新闻网&nbsp;&nbsp;发布时间：{{s.Date}}</div>
        <div class="content">{{string.Concat(s.Paragraphs.Select(p => $"<p>　　{p}</p>"))}}</div>
        <div class="editor">责任编辑：陈晓岚</div></div>
        <div class="footer"><p>青溪新闻网版权所有 Copyright © 2010-2024</p></div>
        </body></html>
        """;

    public static string ListHtml(string title, IEnumerable<(string Href, string Text)> links, string? next = null) => $$"""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>{{title}}_青溪新闻网</title>
        <link rel="alternate" type="application/rss+xml" title="本地新闻" href="/rss.xml"></head><body>
        <div class="nav"><a href="/">首页</a></div><h2>{{title}}</h2><ul>
        {{string.Concat(links.Select(l => $"<li><a href=\"{l.Href}\">{l.Text}</a></li>"))}}
        </ul>{{(next is null ? "" : $"<a href=\"{next}\">下一页</a>")}}</body></html>
        """;
}
