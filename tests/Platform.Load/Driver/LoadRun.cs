using Npgsql;
using Platform.Load.Ceiling;
using Platform.Load.Reporting;

namespace Platform.Load.Driver;

/// <summary>
/// The HTTP load and its ceiling against one host and its database: peak submissions (closed loop) and the raw ceiling at
/// the same concurrency in alternating slices, submissions at half the measured peak (open loop), and the full mix. The
/// notices the ceiling's rows leave are sent by the platform's dispatcher during the slices that follow (work the HTTP
/// submissions also cause, so the HTTP side carries a little of the ceiling's load, never the other way).
/// </summary>
internal sealed class LoadRun(LoadOptions options, HttpClient http, string? connectionString, LoadReport report)
{
    private const int Slices = 3;

    public async Task RunAsync()
    {
        var client = new PlatformClient(http);
        var setup = new DeskSetup(client);
        Console.WriteLine("preparing regions");
        var desks = new List<RegionDesk>();
        foreach (var region in DeskSetup.DemoRegions)
            if (await setup.PrepareAsync(region, Console.Out) is { } desk) desks.Add(desk);
        if (desks.Count == 0) throw new InvalidOperationException("no region has a matter whose case can be decided over the API");
        var journeys = new Journeys(client);
        var d = options.PhaseDuration;

        // The peak and the ceiling run in alternating slices, so that both meet the same machine: a shared 2-core VM
        // drifts by a fifth within a minute, and a ratio of two phases run a minute apart measured the drift as much as the platform.
        await using var dataSource = options.Phases.Contains("ceiling") && connectionString is not null
            ? Platform.Host.Database.PlatformDataSource.Create(connectionString)
            : null;
        var raw = dataSource is null ? null : new RawSubmissions(dataSource, desks);
        var slice = d / Slices;
        var budget = Math.Max(1, options.MaxRequests / Slices);
        var (peakLatencies, ceilingLatencies) = (new Latencies(), new Latencies());
        var (peakElapsed, ceilingElapsed) = (TimeSpan.Zero, TimeSpan.Zero);
        Console.WriteLine($"submit-peak{(raw is null ? "" : " and ceiling")}: {Slices} alternating slices of {slice.TotalSeconds:F0} s");
        for (var round = 0; round < Slices; round++)
        {
            client.Latencies = peakLatencies;
            peakElapsed += await Phase.ClosedLoopAsync(options.Concurrency, slice, budget, async worker =>
            {
                var desk = desks[worker % desks.Count];
                await journeys.SubmitAsync(desk, desk.Submitters.ElementAt(Random.Shared.Next(desk.Applicants.Count + 1)));
            });
            client.Latencies = null;
            if (raw is not null) ceilingElapsed += await raw.RunAsync(options.Concurrency, slice, budget, ceilingLatencies);
        }

        var peak = Record("submit-peak", $"submissions only, closed loop, {options.Concurrency} workers over {desks.Count} regions",
            options.Concurrency, null, peakElapsed, peakLatencies);
        var peakRate = peak.Operation("submit")?.PerSecond ?? 0;
        if (raw is not null)
        {
            var ceiling = Record("ceiling", $"the same writes through raw Npgsql, {options.Concurrency} workers, same regions, in slices between the peak's",
                options.Concurrency, null, ceilingElapsed, ceilingLatencies);
            var ceilingRate = ceiling.Operation(RawSubmissions.Operation)?.PerSecond ?? 0;
            report.Finding($"ceiling {ceilingRate:F1} submissions/s; HTTP peak {peakRate:F1} submissions/s = " +
                           $"{(ceilingRate > 0 ? peakRate / ceilingRate : 0):P0} of the ceiling (acceptance: at least 50%)");
        }
        else if (options.Phases.Contains("ceiling"))
            report.Finding("ceiling skipped: attaching with --url needs --db with the host's connection string");

        if (peakRate > 0)
        {
            var half = peakRate / 2;
            var steady = await MeasureAsync(client, "half-peak", $"submissions only, open loop at {half:F1}/s (half the peak)", 0, half,
                _ => Phase.FixedRateAsync(half, d, options.MaxRequests, async (i, due) =>
                {
                    var desk = desks[i % desks.Count];
                    await journeys.SubmitAsync(desk, desk.Submitters.ElementAt(i / desks.Count % (desk.Applicants.Count + 1)), due);
                }));
            var p99 = steady.Operation("submit")?.P99 ?? double.NaN;
            report.Finding($"at half the peak ({half:F1}/s) submission p99 is {p99:F1} ms (acceptance: under 50 ms)");
        }

        await MeasureAsync(client, "mix", $"the realistic mix, closed loop, {options.Concurrency} workers: search, submit, track, accept, queue, review, decide, track",
            options.Concurrency, null, _ => Phase.ClosedLoopAsync(options.Concurrency, d, options.MaxRequests, async worker =>
            {
                var desk = desks[worker % desks.Count];
                await journeys.SearchAsync(desk);
                var submitted = await journeys.SubmitAsync(desk, desk.Submitters.ElementAt(Random.Shared.Next(desk.Applicants.Count + 1)));
                await journeys.TrackAsync(submitted);
                await journeys.QueueAsync(desk);
                await journeys.HandleAsync(desk, submitted);
                await journeys.TrackAsync(submitted);
            }));
    }

    private async Task<PhaseResult> MeasureAsync(PlatformClient client, string name, string description, int concurrency, double? target,
        Func<Latencies, Task<TimeSpan>> run)
    {
        Console.WriteLine($"{name}: {description}");
        var latencies = new Latencies();
        client.Latencies = latencies;
        var elapsed = await run(latencies);
        client.Latencies = null;
        return Record(name, description, concurrency, target, elapsed, latencies);
    }

    private PhaseResult Record(string name, string description, int concurrency, double? target, TimeSpan elapsed, Latencies latencies)
    {
        var result = new PhaseResult(name, description, concurrency, target, elapsed.TotalSeconds, latencies.Summarise(elapsed));
        report.Add(result);
        if (latencies.Causes() is { Count: > 0 } causes) report.Finding($"{name}: failed requests by cause: {string.Join(", ", causes)}");
        return result;
    }
}
