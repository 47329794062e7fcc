namespace PressMine.Tests.Clean;

/// <summary>Small pages written for these tests in the style of Chinese local-news sites (own sentences).</summary>
internal static class HtmlFixtures
{
    public const string Footer = """
        <div class="footer"><p><a href="/about">关于我们</a> | <a href="/contact">联系我们</a> | <a href="/map">网站地图</a></p>
        <p>甬江新闻网版权所有 Copyright © 2003-2024 All Rights Reserved</p>
        <p>浙ICP备05012345号-1 浙公网安备 33020302000123号 互联网新闻信息服务许可证：33120170099</p></div>
        """;

    /// <summary>Modern layout: breadcrumb, h1, byline, TRS_Editor body, share bar, 推荐阅读 list, footer.</summary>
    public static readonly string Standard = $$"""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>江北区开展夏季消防安全督查 - 甬江新闻网</title>
        <meta name="publishdate" content="2024-07-02"></head><body>
        <div class="nav"><a href="/">首页</a><a href="/news">新闻</a><a href="/gov">政务</a><a href="/life">生活</a></div>
        <div class="crumb">您当前的位置：<a href="/">甬江新闻网</a> &gt; <a href="/news">新闻中心</a> &gt; 区县</div>
        <div class="article"><h1>江北区开展夏季消防安全督查</h1>
        <div class="info">来源：甬江新闻网&nbsp;&nbsp;发布时间：2024-07-02 09:15:30&nbsp;&nbsp;字号：大 中 小</div>
        <div class="TRS_Editor">
        <p>　　甬江新闻网讯（记者 周文涛）近日，江北区消防安全督查组分三路深入辖区商场、仓库和出租房，开展夏季消防安全督查。</p>
        <p>　　督查组重点查看了消防通道是否畅通、灭火器材是否有效、电动车是否违规充电等情况，对发现的问题当场指出并要求限期整改。</p>
        <p>　　据了解，此次督查共检查场所46家，发现隐患31处，已整改到位27处，其余隐患正在整改中。</p>
        <p>　　督查组负责人表示，将持续开展“回头看”，确保各类隐患动态清零，守牢夏季消防安全底线。</p>
        </div>
        <div class="editor">责任编辑：林晓雯</div>
        <div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>
        </div>
        <div class="related"><h3>推荐阅读</h3><ul>
        <li><a href="/a1">慈城镇举办非遗文化展示活动</a><span>2024-07-01</span></li>
        <li><a href="/a2">本周末全市多地气温将超三十五度</a><span>2024-07-01</span></li>
        <li><a href="/a3">我市新增三条公交线路方便市民出行</a><span>2024-06-30</span></li></ul></div>
        {{Footer}}</body></html>
        """;

    /// <summary>Old table layout: body in a td split by &lt;br&gt;, title only in &lt;title&gt;, editor line at the end.</summary>
    public static readonly string TableLayout = $$"""
        <html><head><title>山区乡镇防汛隐患排查见实效_县域新闻_云岭日报网</title></head><body>
        <table width="960"><tr><td class="top"><a href="/">首页</a> | <a href="/xw">新闻</a> | <a href="/zw">政务</a> | <a href="/ms">民生</a></td></tr>
        <tr><td>当前位置：首页 &gt;&gt; 县域新闻 &gt;&gt; 正文</td></tr>
        <tr><td class="tit"><b>山区乡镇防汛隐患排查见实效</b></td></tr>
        <tr><td>2023年6月18日 16:40　来源：云岭日报　作者：杨建华</td></tr>
        <tr><td id="zoom">　　入汛以来，青石乡组织干部群众对辖区河道、山塘和地质灾害点开展拉网式排查，共排查点位58个。<br>
        　　对排查出的12处隐患，乡里逐一建立台账，明确责任人和整改时限，目前已整改完成10处。<br>
        　　乡党委书记表示，将落实汛期值班制度，确保群众生命财产安全，做到早发现、早处置。<br></td></tr>
        <tr><td>编辑：赵丽　　审核：钱军</td></tr>
        <tr><td>【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
        </table>{{Footer}}</body></html>
        """;

    /// <summary>JSON-LD date and og tags; a dated related list sits inside the article element.</summary>
    public static readonly string JsonLd = $$$"""
        <html><head><meta property="og:title" content="河畔社区推行“网格+志愿”服务模式"><meta property="og:site_name" content="湖州在线">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"河畔社区推行“网格+志愿”服务模式","datePublished":"2022-05-10T02:30:00Z","author":{"@type":"Person","name":"沈佳"}}</script>
        <script>var tracker = "<div>不是正文</div>"; function go(){ return 1; }</script></head><body>
        <article><h1>河畔社区推行“网格+志愿”服务模式</h1>
        <p>河畔社区将辖区划分为九个网格，每个网格配备一名网格员和若干名志愿者，定期上门走访独居老人。</p>
        <p>社区还设立了“邻里议事会”，居民提出的停车难、照明少等问题，大多在一周内得到回应和解决。</p>
        <p>社区书记说，下一步将把好的做法推广到周边小区，让更多居民感受到基层治理的温度。</p>
        <div class="relate-news"><p>相关新闻</p><p><a href="/x1">城东街道开展垃圾分类宣传</a>2022-05-09</p><p><a href="/x2">全市社区工作者培训班开班</a>2022-05-08</p></div>
        </article>{{{Footer}}}</body></html>
        """;

    /// <summary>The body printed twice (screen and print copies); a short subheading occurs twice inside the body.</summary>
    public static readonly string PrintCopy = $$"""
        <html><head><title>县农业农村局督查春耕备耕工作</title></head><body>
        <div class="content"><h1>县农业农村局督查春耕备耕工作</h1><div class="info">发布日期：2021年3月5日</div>
        <p>县农业农村局组成三个督查组，深入各乡镇检查种子、化肥、农药等农资储备情况。</p>
        <p>现场情况</p>
        <p>在南岭镇农资门店，督查组逐一核对进货台账，提醒经营户不得销售假冒伪劣农资。</p>
        <p>现场情况</p>
        <p>在东坪村育秧基地，督查组察看了秧苗长势，要求技术人员加强田间指导，确保春耕生产顺利进行。</p></div>
        <div class="print-copy"><h1>县农业农村局督查春耕备耕工作</h1><div>发布日期：2021年3月5日</div>
        <p>县农业农村局组成三个督查组，深入各乡镇检查种子、化肥、农药等农资储备情况。</p>
        <p>现场情况</p>
        <p>在南岭镇农资门店，督查组逐一核对进货台账，提醒经营户不得销售假冒伪劣农资。</p>
        <p>现场情况</p>
        <p>在东坪村育秧基地，督查组察看了秧苗长势，要求技术人员加强田间指导，确保春耕生产顺利进行。</p></div>
        </body></html>
        """;

    /// <summary>A channel index: many dated links, no article.</summary>
    public static string ListPage()
    {
        var items = string.Concat(Enumerable.Range(1, 30).Select(i =>
            $"<li><a href=\"/news/{i}.html\">第{i}期基层督查工作简报发布并通报相关情况</a><span>2024-03-{i % 28 + 1:00}</span></li>"));
        return $"<html><head><title>督查动态 - 甬江新闻网</title></head><body><div class=\"list\"><ul>{items}</ul></div>{Footer}</body></html>";
    }

    public const string OnlyScripts = """
        <html><head><script>window.location.href = "/index.html";</script></head><body><script>document.write("<p>跳转中</p>");</script></body></html>
        """;

    public const string NavigationOnly = """
        <html><body><div class="nav"><a href="/">首页</a> | <a href="/a">新闻</a> | <a href="/b">视频</a> | <a href="/c">专题</a></div>
        <div class="footer">版权所有 甬江新闻网</div></body></html>
        """;

    /// <summary>Unclosed tags, stray end tags, a broken attribute and an unterminated comment-like fragment.</summary>
    public const string Malformed = """
        <html><body><div class="main"><h1>镇里召开安全生产会议<div class=info>来源：青溪镇政府网 2019-11-08</span>
        <div class="text"><p>　　11月7日，青溪镇召开第四季度安全生产工作会议，分析当前形势，部署下一阶段重点工作。
        <p>　　会议要求各村和企业压实主体责任，对照清单开展自查，对检查中发现的问题要立即整改。</b></i>
        <p>　　会议还通报了前期督查中发现的九个问题，相关责任单位作了表态发言。</div></div></div></div>
        <p class="x" = "y">< 不是标签 <<>> & 符号</p></body>
        """;
}
