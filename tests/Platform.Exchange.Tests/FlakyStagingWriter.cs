using Platform.Exchange.Transfer;

namespace Platform.Exchange.Tests;

/// <summary>The real staging writer, failing the next <see cref="Failures"/> sends as an unreachable staging database would.</summary>
internal sealed class FlakyStagingWriter(StagingWriter inner) : IStagingWriter
{
    public int Failures { get; set; }

    public Task WriteAsync(IReadOnlyList<OutboxRow> rows, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (Failures <= 0) return inner.WriteAsync(rows, at, cancellationToken);
        Failures--;
        throw new TimeoutException("前置库连接超时（测试注入）");
    }
}
