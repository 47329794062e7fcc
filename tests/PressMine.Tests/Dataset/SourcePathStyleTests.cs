using PressMine.Pipeline;

namespace PressMine.Tests.Dataset;

public class SourcePathStyleTests
{
    [Fact]
    public void Paths_are_relative_to_the_input_directory_or_the_file_name_of_an_input_file()
    {
        var style = new SourcePathStyle(["/data/archive", "/data/archive/2021", "one.warc.gz"], absolute: false);
        Assert.Equal("a/b.html", style.For("/data/archive/a/b.html"));
        Assert.Equal("c.html", style.For("/data/archive/2021/c.html")); // the innermost root
        Assert.Equal("one.warc.gz#<urn:uuid:1>", style.For("one.warc.gz#<urn:uuid:1>"));
        Assert.Equal("one.warc.gz#<urn:uuid:1>", style.For(Path.GetFullPath("one.warc.gz") + "#<urn:uuid:1>"));
    }

    [Fact]
    public void Absolute_paths_only_when_asked()
    {
        var style = new SourcePathStyle(["pages"], absolute: true);
        Assert.Equal(Path.GetFullPath("pages") + "/x.html", style.For(Path.GetFullPath("pages/x.html")));
        Assert.Equal(Path.GetFullPath("pages"), style.Root("pages"));
    }
}
