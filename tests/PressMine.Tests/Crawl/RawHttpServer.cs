using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PressMine.Tests.Crawl;

/// <summary>
/// An HTTP/1.1 server on 127.0.0.1 that answers each request with the exact bytes a route gives (so a test can send
/// what HttpListener never would: a body cut short, odd headers), one request per connection. Paths are logged.
/// </summary>
internal sealed class RawHttpServer : IDisposable
{
    readonly TcpListener listener = new(IPAddress.Loopback, 0);
    readonly Func<string, byte[]> route;
    readonly CancellationTokenSource stop = new();
    readonly Task loop;

    public RawHttpServer(Func<string, byte[]> route)
    {
        this.route = route;
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        loop = Task.Run(AcceptLoop);
    }

    public int Port { get; }
    public Uri Root => new($"http://127.0.0.1:{Port}/");
    public ConcurrentQueue<string> Paths { get; } = new();

    /// <summary>A complete response with Content-Length and Connection: close.</summary>
    public static byte[] Response(int status, string? contentType, string body, params (string Name, string Value)[] headers)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = new StringBuilder($"HTTP/1.1 {status} X\r\n");
        if (contentType is not null) head.Append($"Content-Type: {contentType}\r\n");
        foreach (var (name, value) in headers) head.Append($"{name}: {value}\r\n");
        head.Append($"Content-Length: {bytes.Length}\r\nConnection: close\r\n\r\n");
        return [.. Encoding.Latin1.GetBytes(head.ToString()), .. bytes];
    }

    public static byte[] Html(string body) => Response(200, "text/html; charset=utf-8", body);
    public static byte[] NotFound => Response(404, "text/plain", "not found");

    async Task AcceptLoop()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await listener.AcceptTcpClientAsync(stop.Token); }
            catch (Exception) when (stop.IsCancellationRequested) { return; }
            catch (SocketException) { continue; }
            _ = Task.Run(() => Serve(client));
        }
    }

    async Task Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = await ReadHeadAsync(stream);
                if (head is null) return;
                var path = head.Split(' ') is { Length: >= 2 } parts ? parts[1] : "/";
                Paths.Enqueue(path);
                await stream.WriteAsync(route(path), stop.Token);
                await stream.FlushAsync(stop.Token);
                client.Client.Shutdown(SocketShutdown.Send);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException) { }
        }
    }

    /// <summary>The request head (up to the blank line), at most 64 KiB.</summary>
    async Task<string?> ReadHeadAsync(NetworkStream stream)
    {
        var buffer = new MemoryStream();
        var one = new byte[1];
        while (buffer.Length < 64 * 1024)
        {
            if (await stream.ReadAsync(one, stop.Token) == 0) return null;
            buffer.WriteByte(one[0]);
            var b = buffer.GetBuffer();
            long n = buffer.Length;
            if (n >= 4 && b[n - 4] == '\r' && b[n - 3] == '\n' && b[n - 2] == '\r' && b[n - 1] == '\n')
                return Encoding.Latin1.GetString(b, 0, (int)n);
        }
        return null;
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        try { loop.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
    }
}
