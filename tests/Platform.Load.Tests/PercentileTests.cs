using Platform.Load.Reporting;

namespace Platform.Load.Tests;

public sealed class PercentileTests
{
    [Fact]
    public void Should_give_the_nearest_rank_sample_when_samples_are_sorted()
    {
        var samples = Enumerable.Range(1, 100).Select(i => (double)i).ToList();

        OperationStats.Percentile(samples, 50).ShouldBe(50);
        OperationStats.Percentile(samples, 95).ShouldBe(95);
        OperationStats.Percentile(samples, 99).ShouldBe(99);
        OperationStats.Percentile(samples, 100).ShouldBe(100);
    }

    [Fact]
    public void Should_count_throughput_over_the_phase_and_keep_failures_apart_when_summarising()
    {
        var latencies = new Latencies();
        foreach (var ms in new[] { 30.0, 10, 20, 40 }) latencies.Record("submit", ms);
        latencies.Fail("submit", "503");
        latencies.Fail("submit", "503");
        latencies.Fail("submit", "ConnectionError");

        var submit = latencies.Summarise(TimeSpan.FromSeconds(2)).Single();

        submit.ShouldSatisfyAllConditions(
            s => s.Count.ShouldBe(4), s => s.Failures.ShouldBe(3), s => s.PerSecond.ShouldBe(2),
            s => s.P50.ShouldBe(20), s => s.Max.ShouldBe(40));
        latencies.Causes().ShouldBe(["submit 503 ×2", "submit ConnectionError ×1"]);
    }
}
