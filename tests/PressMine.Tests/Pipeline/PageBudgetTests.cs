using PressMine.Clean;
using PressMine.Extract;
using PressMine.Places;
using PressMine.Pipeline;
using PressMine.Records;
using PressMine.Tests.Sources;

namespace PressMine.Tests.Pipeline;

/// <summary>Pages built to cost minutes or memory: each is bounded by the page budget and becomes one rejected row at worst.</summary>
public class PageBudgetTests
{
    static RawPage Html(string name, string html) => TestPages.Html(name, html);

    static StepList Processor(IPlaceResolver? places = null) => new(StandardSteps.Create(new StandardStepOptions { Topic = false }, places).All);

    [Fact]
    public void Hundred_thousand_nested_divs_are_rejected_by_the_depth_budget_before_parsing()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + DirectoryInputTests.Article + "</body></html>";
        Assert.InRange(html.Length, 500_000, 1_200_000);
        Assert.InRange(MarkupScanner.Measure(html).MaxDepth, 100_000, 100_010); // the divs, plus the article's own few levels

        long before = GC.GetAllocatedBytesForCurrentThread();
        var result = Processor().Process(Html("nested.html", html));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(ArticleStatus.Rejected, result.Article.Status);
        Assert.StartsWith("page nests elements 100,0", result.Article.Reason);
        Assert.Contains("(budget 1,000); not parsed", result.Article.Reason);
        // Decoding and one scan; parsing a DOM of 100 000 elements would allocate many times this.
        Assert.True(allocated < 16L * html.Length, $"allocated {allocated:N0} bytes for a {html.Length:N0}-character page");
    }

    [Fact]
    public void Many_paragraphs_deep_inside_the_depth_budget_are_rejected_by_the_nesting_work_budget_before_parsing()
    {
        // 990 levels (under the depth budget of 1,000) and 30,000 paragraphs (under the element budget): the parser
        // would scan ~990 open elements for each <p>, ~30 million steps.
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 990)) + string.Concat(Enumerable.Repeat("<p>字", 30_000))
                   + DirectoryInputTests.Article + "</body></html>";
        var nesting = MarkupScanner.Measure(html);
        Assert.InRange(nesting.MaxDepth, 990, PageBudget.Default.MaxDepth);
        Assert.InRange(nesting.NestingWork, 29_000_000L, 31_000_000L);

        long before = GC.GetAllocatedBytesForCurrentThread();
        var result = new PageCleaner().Clean(html, false, null);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Null(result.Page);
        Assert.StartsWith("page opens its elements 30,", result.RejectReason);
        Assert.EndsWith("levels deep in all (budget 20,000,000); not parsed", result.RejectReason);
        Assert.True(allocated < 16L * html.Length, $"allocated {allocated:N0} bytes for a {html.Length:N0}-character page");
    }

    [Fact]
    public void The_element_budget_comes_from_the_options_record()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<span>字</span>", 2_000)) + "</body></html>";
        var result = new PageCleaner(new PageBudget { MaxElements = 1_000 }).Clean(html, false, null);
        Assert.Equal("page has 2,002 elements (budget 1,000); not parsed", result.RejectReason);
    }

    [Fact]
    public void Unclosed_paragraphs_and_list_items_do_not_count_as_nesting()
    {
        var lines = string.Concat(Enumerable.Range(0, 3_000).Select(i => $"<li><a href=/n{i}>栏目</a><p>第{i}段"));
        var html = "<html><body><div class=nav><ul>" + lines + "</ul></div>" + DirectoryInputTests.Article + "</body></html>";
        var depth = MarkupScanner.Measure(html).MaxDepth;
        Assert.InRange(depth, 4, 10);
        Assert.NotEqual(ArticleStatus.Rejected, Processor().Process(Html("lists.html", html)).Article.Status);
    }

    [Fact]
    public void Big_inline_scripts_do_not_push_the_article_past_the_character_cap()
    {
        var script = "<script>var data = [" + string.Concat(Enumerable.Repeat("'0123456789abcdef',", 200_000)) + "];</script>";
        var style = "<style>" + string.Concat(Enumerable.Repeat(".a{color:red}", 50_000)) + "</style>";
        var html = DirectoryInputTests.Article.Replace("<body>", "<body>" + script + style + "<!--" + new string('x', 200_000) + "-->");
        Assert.True(html.Length > PageCleaner.MaxInputChars + 500_000);

        var result = new PageCleaner().Clean(html, false, null);
        Assert.True(result.Page is not null, result.RejectReason);
        Assert.Null(result.Note);
        Assert.Contains("发现问题18个", result.Page!.Body);
    }

    [Fact]
    public void Json_ld_scripts_stay_when_scripts_are_dropped()
    {
        var html = "<html><head><script type=\"application/ld+json\">{\"a\":1}</script><script>var x=1;</script><style>p{}</style></head><!-- c --><body>x</body></html>";
        Assert.Equal("<html><head><script type=\"application/ld+json\">{\"a\":1}</script><script></script><style></style></head><body>x</body></html>",
            MarkupScanner.WithoutScripts(html));
    }

    sealed class FailingPlaces(Exception failure) : IPlaceResolver
    {
        public Division? ResolveArticleLocality(string? title, string body, string? site, string? source) => throw failure;
        public Division? FindPlace(string clause, Division? articleLocality) => throw failure;
    }

    [Theory]
    [InlineData(typeof(OutOfMemoryException), "more memory than is available")]
    [InlineData(typeof(InsufficientExecutionStackException), "nests too deep")]
    public void Running_out_of_memory_or_stack_on_one_page_is_a_rejected_row(Type failure, string reason)
    {
        var processor = Processor(new FailingPlaces((Exception)Activator.CreateInstance(failure)!));
        var result = processor.Process(Html("a.html", DirectoryInputTests.Article));
        Assert.Equal(ArticleStatus.Rejected, result.Article.Status);
        Assert.Contains(reason, result.Article.Reason);
        Assert.Contains(failure.Name, result.Article.Reason);
    }
}
