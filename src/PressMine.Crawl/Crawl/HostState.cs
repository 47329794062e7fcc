namespace PressMine.Crawl;

/// <summary>One host's queue and politeness: at most one request in flight, and the earliest time of the next one.</summary>
sealed class HostState(string authority, TimeSpan delay)
{
    public string Authority { get; } = authority;
    public LinkedList<FrontierEntry> Queue { get; } = new();
    public RobotsTxt? Robots { get; set; }
    /// <summary>Set when the address policy refused the host itself: its pages are refused with this reason.</summary>
    public string? RefusedReason { get; set; }
    public TimeSpan Delay { get; set; } = delay;
    public DateTimeOffset NextAllowed { get; set; } = DateTimeOffset.MinValue;
    public bool Busy { get; set; }
    public int Fetched { get; set; }
    public DateTimeOffset? FirstFetch { get; set; }

    public bool IsReady(DateTimeOffset now) => !Busy && Queue.Count > 0 && NextAllowed <= now;

    /// <summary>Pages per minute since the host's first fetch.</summary>
    public double Rate(DateTimeOffset now) =>
        FirstFetch is { } first && now > first ? Fetched / Math.Max((now - first).TotalMinutes, 1.0 / 60) : 0;
}
