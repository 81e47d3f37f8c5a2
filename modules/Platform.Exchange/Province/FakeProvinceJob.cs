using Platform.Kernel.Scheduling;

namespace Platform.Exchange.Province;

/// <summary>The scheduled run of the simulated province (every <c>Exchange:FakeProvince:Seconds</c>).</summary>
internal sealed class FakeProvinceJob(FakeProvince province) : IScheduledJob
{
    public Task RunAsync(CancellationToken cancellationToken) => province.AnswerAsync(cancellationToken);
}
