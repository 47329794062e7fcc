using System.Text;
using PressMine.Records;

namespace PressMine.Tests.Pipeline;

/// <summary>Pages made in a test, named like files.</summary>
static class TestPages
{
    public static RawPage Html(string name, string html) =>
        new(RawPage.IdFor(name), name, name, null, Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", false);
}
