using PressMine.Clean;
using PressMine.Pipeline;

namespace PressMine.Tests.Clean;

/// <summary>The Clean stage's settings are options, not constants: each one given here changes what the stage does.</summary>
public sealed class CleanOptionsTests
{
    private const string Body = "<p>县应急管理局组织检查组，对辖区内的加油站、液化气站和烟花爆竹经营点开展了安全检查，共检查单位四十二家，发现隐患一百余处，已督促整改。</p>";

    private static string Page(string head, string byline)
        => $"<html><head><meta charset=\"utf-8\"><title>县里开展节前安全检查</title>{head}</head><body>"
           + $"<h1>县里开展节前安全检查</h1>{byline}<div class=\"content\">{Body}</div></body></html>";

    private static CleanResult Clean(string html, CleanOptions options) => new PageCleaner(options).Clean(html, isTextDump: false, url: null);

    [Fact]
    public void The_minimum_body_length_is_a_setting()
    {
        var html = Page("", "");
        Assert.NotNull(Clean(html, CleanOptions.Default).Page);
        var strict = CleanOptions.Default with { Gate = ArticleGateOptions.Default with { MinBodyCharacters = 500 } };
        Assert.Contains("minimum 500", Clean(html, strict).RejectReason);
    }

    [Fact]
    public void The_vote_of_each_date_place_is_a_setting()
    {
        // A labelled byline (strength 3) against a meta tag of another day (3) and the byline wins on distance; with
        // the meta tag's vote raised the meta day wins.
        var html = Page("<meta property=\"article:published_time\" content=\"2019-03-06T09:00:00+08:00\">", "<div>发布时间：2019-03-05 10:20</div>");
        var byDefault = Clean(html, CleanOptions.Default).Page!.PublishedAt;
        var metaFirst = CleanOptions.Default with { Dates = PublishDateOptions.Default with { DeclaredStrength = 10 } };
        var raised = Clean(html, metaFirst).Page!.PublishedAt;
        Assert.NotEqual(byDefault, raised);
        Assert.Equal("2019-03-06T09:00:00+08:00", raised);
    }

    [Fact]
    public void The_script_size_limit_is_a_setting()
    {
        var html = Page("<script>var ct = \"1581517074\";</script>", "<div>昨天</div>");
        Assert.Equal("2020-02-12T22:17:54+08:00", Clean(html, CleanOptions.Default).Page!.PublishedAt);
        var small = CleanOptions.Default with { Dates = PublishDateOptions.Default with { MaxScriptChars = 10 } };
        Assert.Null(Clean(html, small).Page!.PublishedAt);
    }

    [Fact]
    public void The_clean_step_reports_every_setting_to_the_manifest()
    {
        var options = new CleanStep(CleanOptions.Default with { Dates = PublishDateOptions.Default with { UrlStrength = 0.5 } }).Options;
        Assert.Equal("0.5", options["dates.url_strength"]);
        Assert.Equal("3000000", options["budget.max_chars"]);
        Assert.Equal("50", options["gate.min_body_characters"]);
        Assert.Equal("6", options["metadata_lines_above_title"]);
        Assert.Equal(typeof(PublishDateOptions).GetProperties().Length, options.Keys.Count(k => k.StartsWith("dates.", StringComparison.Ordinal)));
    }
}
