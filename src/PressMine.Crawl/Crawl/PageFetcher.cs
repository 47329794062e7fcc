using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace PressMine.Crawl;

/// <summary>
/// Performs single GET requests: no automatic redirects (the crawler records and scopes every hop), no decompression
/// (the WARC keeps what the server sent), a size cap, a timeout, and an address check on the resolved IPs just before a
/// socket is opened, so a refused host never sees a connection attempt.
/// </summary>
internal sealed class PageFetcher : IDisposable
{
    readonly HttpClient client;
    readonly CrawlOptions options;
    readonly AddressPolicy addresses;
    readonly ConcurrentQueue<string> connections = new();

    public PageFetcher(CrawlOptions options, AddressPolicy addresses)
    {
        this.options = options;
        this.addresses = addresses;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            UseProxy = false,
            ConnectTimeout = options.RequestTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = ConnectAsync,
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Every host:port a socket was opened to, in order (for audits and tests).</summary>
    public IReadOnlyCollection<string> Connections => connections;

    async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancel)
    {
        var host = context.DnsEndPoint.Host;
        var ips = IPAddress.TryParse(AddressPolicy.NormalHost(host), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancel);
        if (addresses.RefuseResolved(host, ips) is { } reason) throw new AddressRefusedException(reason);
        connections.Enqueue($"{host}:{context.DnsEndPoint.Port}");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(ips, context.DnsEndPoint.Port, cancel);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch { socket.Dispose(); throw; }
    }

    public async Task<FetchResult> FetchAsync(Uri url, Validators? validators, CancellationToken cancel)
    {
        var started = DateTimeOffset.UtcNow;
        using var request = new HttpRequestMessage(HttpMethod.Get, url) { Version = HttpVersion.Version11, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
        request.Headers.UserAgent.ParseAdd(options.UserAgent);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (validators?.ETag is { } etag) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (validators?.LastModified is { } modified) request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
        var requestHead = RequestHead(request);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var h in response.Headers.Concat(response.Content.Headers))
                headers[h.Key] = string.Join(", ", h.Value);
            var (body, truncated) = await ReadCappedAsync(response.Content, timeout.Token);
            return new FetchResult(url, started, (int)response.StatusCode, headers, body, requestHead, ResponseHead(response),
                truncated, null, false, RetryAfterOf(response.Headers.RetryAfter));
        }
        catch (HttpRequestException e) when (FindRefusal(e) is { } refusal)
        {
            return Failed(url, started, requestHead, refusal.Message, refused: true);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return Failed(url, started, requestHead, $"timeout after {options.RequestTimeout.TotalSeconds:0.###} s", refused: false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            // IOException (HttpIOException): the connection broke while the body was read, e.g. shorter than its Content-Length.
            return Failed(url, started, requestHead, $"network error: {e.Message}", refused: false);
        }
    }

    static FetchResult Failed(Uri url, DateTimeOffset started, byte[] requestHead, string error, bool refused) =>
        new(url, started, 0, new Dictionary<string, string>(), [], requestHead, [], false, error, refused, null);

    static AddressRefusedException? FindRefusal(Exception? e)
    {
        for (; e is not null; e = e.InnerException) if (e is AddressRefusedException r) return r;
        return null;
    }

    async Task<(byte[], bool)> ReadCappedAsync(HttpContent content, CancellationToken cancel)
    {
        await using var stream = await content.ReadAsStreamAsync(cancel);
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            int n = await stream.ReadAsync(chunk, cancel);
            if (n == 0) return (buffer.ToArray(), false);
            long room = options.MaxResponseBytes - buffer.Length;
            buffer.Write(chunk, 0, (int)Math.Min(n, room));
            if (n > room) return (buffer.ToArray(), true);
        }
    }

    TimeSpan? RetryAfterOf(RetryConditionHeaderValue? value)
    {
        if (value is null) return null;
        var wait = value.Delta ?? (value.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        if (wait is null) return null;
        if (wait < TimeSpan.Zero) return TimeSpan.Zero;
        return wait > options.MaxRetryAfter ? options.MaxRetryAfter : wait;
    }

    static byte[] RequestHead(HttpRequestMessage request)
    {
        var sb = new StringBuilder();
        sb.Append($"GET {request.RequestUri!.PathAndQuery} HTTP/1.1\r\n");
        sb.Append($"Host: {request.RequestUri.Authority}\r\n");
        foreach (var h in request.Headers) sb.Append($"{h.Key}: {string.Join(", ", h.Value)}\r\n");
        sb.Append("Connection: keep-alive\r\n\r\n");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    /// <summary>The status line and headers; Transfer-Encoding is dropped because the stored body is already de-chunked.</summary>
    static byte[] ResponseHead(HttpResponseMessage response)
    {
        var sb = new StringBuilder();
        sb.Append($"HTTP/{response.Version.Major}.{response.Version.Minor} {(int)response.StatusCode} {response.ReasonPhrase}\r\n");
        foreach (var h in response.Headers.Concat(response.Content.Headers))
        {
            if (h.Key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)) continue;
            foreach (var v in h.Value) sb.Append($"{h.Key}: {v}\r\n");
        }
        sb.Append("\r\n");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    public void Dispose() => client.Dispose();
}

/// <summary>The address policy refused a host before any connection was made.</summary>
internal sealed class AddressRefusedException(string reason) : Exception(reason);
