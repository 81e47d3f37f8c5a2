using System.Diagnostics;

namespace Platform.Load.Driver;

/// <summary>Runs work closed-loop (N workers, each starting its next unit when the last ends) or open-loop at a fixed rate, within a duration and a unit budget.</summary>
internal static class Phase
{
    public static async Task<TimeSpan> ClosedLoopAsync(int concurrency, TimeSpan duration, int maxUnits, Func<int, Task> unit)
    {
        var started = Stopwatch.StartNew();
        var issued = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            while (started.Elapsed < duration && Interlocked.Increment(ref issued) <= maxUnits)
            {
                try
                {
                    await unit(worker);
                }
                catch (LoadRequestException)
                {
                    // Counted as a failure of its operation; the worker goes on.
                }
                catch (HttpRequestException)
                {
                    // Counted as a failure of its operation; the worker goes on.
                }
            }
        })));
        return started.Elapsed;
    }

    /// <summary>Starts one unit every 1/rate seconds whether or not earlier ones finished, so latency includes any queueing.</summary>
    public static async Task<TimeSpan> FixedRateAsync(double perSecond, TimeSpan duration, int maxUnits, Func<int, DateTime, Task> unit)
    {
        var started = Stopwatch.StartNew();
        var origin = DateTime.UtcNow;
        var running = new List<Task>();
        for (var i = 0; i < maxUnits; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            if (due >= duration) break;
            var wait = due - started.Elapsed;
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            var index = i;
            running.Add(Task.Run(async () =>
            {
                try
                {
                    await unit(index, origin + due);
                }
                catch (Exception error) when (error is LoadRequestException or HttpRequestException)
                {
                    // Counted as a failure of its operation.
                }
            }));
        }

        await Task.WhenAll(running);
        return started.Elapsed;
    }
}
