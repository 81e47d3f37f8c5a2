using System.Collections.Concurrent;

namespace Platform.Reliability.Tests.Crash;

/// <summary>What the host acknowledged with a 2xx: case ids, and uploaded file ids with their SHA-256.</summary>
internal sealed class Acknowledged
{
    public ConcurrentBag<Guid> Cases { get; } = [];
    public ConcurrentDictionary<Guid, string> Files { get; } = new();
}
