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
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);
    private const int MaxWarmUpWindows = 8;

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
        var (peakLatencies, ceilingLatencies) = (new Latencies(), new Latencies());
        var (peakElapsed, ceilingElapsed) = (TimeSpan.Zero, TimeSpan.Zero);
        Task<TimeSpan> Submissions(TimeSpan duration, int units) => Phase.ClosedLoopAsync(options.Concurrency, duration, units, async worker =>
        {
            var desk = desks[worker % desks.Count];
            await journeys.SubmitAsync(desk, desk.Submitters.ElementAt(Random.Shared.Next(desk.Applicants.Count + 1)));
        });

        // Both sides first run unmeasured until their rate settles, so neither pays its just-in-time compilation (a host in
        // service has long compiled its hot paths).
        await WarmUpAsync("submissions", "submit", async latencies =>
        {
            client.Latencies = latencies;
            var elapsed = await Submissions(WarmUp, options.MaxRequests);
            client.Latencies = null;
            return elapsed;
        });

        // The half-peak phase follows the first peak slice, at half its rate, before the ceiling has written anything:
        // the ceiling writes twice as fast, and the database it leaves behind (and the notices still to send) is not the
        // one the HTTP phases met before it.
        Console.WriteLine($"submit-peak{(raw is null ? "" : " and ceiling")}: {Slices} alternating slices of {slice.TotalSeconds:F0} s");
        for (var round = 0; round < Slices; round++)
        {
            client.Latencies = peakLatencies;
            peakElapsed += await SliceAsync("peak", round, peakLatencies, "submit", () => Submissions(slice, options.MaxRequests));
            client.Latencies = null;
            if (round == 0) await HalfPeakAsync(client, journeys, desks, Rate(peakLatencies.Summarise(peakElapsed), "submit") / 2);
            if (raw is null) continue;
            await DrainNoticesAsync(dataSource!);
            if (round == 0)
            {
                await WarmUpAsync("the ceiling", RawSubmissions.Operation,
                    latencies => raw.RunAsync(options.Concurrency, WarmUp, options.MaxRequests, latencies));
            }

            ceilingElapsed += await SliceAsync("ceiling", round, ceilingLatencies, RawSubmissions.Operation,
                () => raw.RunAsync(options.Concurrency, slice, options.MaxRequests, ceilingLatencies));
            await DrainNoticesAsync(dataSource!);
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

        await MeasureAsync(client, "mix", $"the realistic mix, closed loop, {options.Concurrency} workers: search, submit, track, accept, queue, review, decide, track",
            options.Concurrency, null, _ => Phase.ClosedLoopAsync(options.Concurrency, d, options.MaxRequests, async worker =>
            {
                var desk = desks[worker % desks.Count];
                await journeys.SearchAsync(desk);
                var submitter = desk.Submitters.ElementAt(Random.Shared.Next(desk.Applicants.Count + 1));
                var submitted = await journeys.SubmitAsync(desk, submitter);
                if (!submitter.IsClerk) await journeys.SignAsync(submitter, submitted);
                await journeys.TrackAsync(submitted);
                await journeys.QueueAsync(desk);
                await journeys.HandleAsync(desk, submitted);
                await journeys.TrackAsync(submitted);
            }));
    }

    /// <summary>Runs one slice of the peak or the ceiling and prints its own rate (the report gives the slices' sum).</summary>
    private static async Task<TimeSpan> SliceAsync(string side, int round, Latencies latencies, string operation, Func<Task<TimeSpan>> run)
    {
        var before = latencies.Count(operation);
        var elapsed = await run();
        Console.WriteLine($"{side} slice {round + 1}: {(latencies.Count(operation) - before) / elapsed.TotalSeconds:F1}/s");
        return elapsed;
    }

    /// <summary>
    /// Runs a side unmeasured, in windows of <see cref="WarmUp"/>, until its rate stops rising (a window less
    /// than 5 % above the one before; at most <see cref="MaxWarmUpWindows"/>). A fresh host compiles its hot paths again
    /// with what it learnt running them (tiered compilation): here its rate went 609, 727, 836, 1,212, then 1,641 and
    /// 1,631 a second in its first six windows, and a fixed 5 s warm-up left the first peak slice, and the half-peak rate
    /// taken from it, at two thirds of what the host does once compiled.
    /// </summary>
    private static async Task WarmUpAsync(string side, string operation, Func<Latencies, Task<TimeSpan>> window)
    {
        double previous = 0;
        for (var number = 1; number <= MaxWarmUpWindows; number++)
        {
            var latencies = new Latencies();
            var rate = Rate(latencies.Summarise(await window(latencies)), operation);
            Console.WriteLine($"warm-up of {side}, window {number}: {rate:F1}/s, not measured");
            if (number > 1 && rate < previous * 1.05) return;
            previous = rate;
        }
    }

    /// <summary>Open loop at half the first peak slice's rate; latency counts from when each request was due.</summary>
    private async Task HalfPeakAsync(PlatformClient client, Journeys journeys, List<RegionDesk> desks, double half)
    {
        if (half <= 0) return;
        var steady = await MeasureAsync(client, "half-peak", $"submissions only, open loop at {half:F1}/s (half the first peak slice)", 0, half,
            _ => Phase.FixedRateAsync(half, options.PhaseDuration, options.MaxRequests, async (i, due) =>
            {
                var desk = desks[i % desks.Count];
                await journeys.SubmitAsync(desk, desk.Submitters.ElementAt(i / desks.Count % (desk.Applicants.Count + 1)), due);
            }));
        report.Finding($"at half the peak ({half:F1}/s) submission p99 is {steady.Operation("submit")?.P99 ?? double.NaN:F1} ms (acceptance: under 50 ms)");
    }

    private static double Rate(IReadOnlyList<OperationStats> operations, string name) =>
        operations.FirstOrDefault(o => o.Operation == name)?.PerSecond ?? 0;

    /// <summary>
    /// Waits (up to two minutes, not measured) until the platform's dispatcher has sent the notices the last slice's rows
    /// left, so no slice carries the sending of another's: the ceiling's slices leave some 15,000 (it submits twice as
    /// fast), and sent during the next peak slice they cost HTTP about a fifth of its rate.
    /// </summary>
    private static async Task DrainNoticesAsync(NpgsqlDataSource dataSource)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var pending = new NpgsqlCommand("SELECT count(*) FROM supervision.outbound_notifications WHERE sent_at IS NULL", connection);
        long left;
        while ((left = (long)(await pending.ExecuteScalarAsync())!) > 0 && waited.Elapsed < TimeSpan.FromMinutes(2)) await Task.Delay(1000);
        Console.WriteLine($"notices drained in {waited.Elapsed.TotalSeconds:F0} s ({left} still pending)");
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
