using Platform.Testing;

namespace Platform.Host.Tests.Cli;

/// <summary>
/// An operator runs the host's verbs on the data directory of a host that is serving: each verb uses the embedded
/// cluster the host started and leaves it running, so the host keeps answering and its database is never restarted.
/// </summary>
public sealed class VerbsBesideARunningHostTests
{
    [Fact]
    public async Task Should_keep_the_host_serving_on_the_same_database_when_every_verb_runs_on_its_data_directory()
    {
        var data = TestCluster.NewDirectory("data");
        await using var host = await Platform.Testing.HostProcess.StartAsync($"--Platform:DataDirectory={data}",
            $"--Cases:FileDirectory={TestCluster.NewDirectory("files")}");
        using var http = new HttpClient { BaseAddress = host.Address };
        var postgres = new Operator(data);
        var postmaster = postgres.PostmasterPid();
        string[][] verbs =
        [
            ["help"], ["--help"], ["migrate"], ["audit", "verify"], ["calendar", "deadline", "--start", "2026-09-24", "--working-days", "3"],
            ["exchange", "reconcile", "--region", "440784"], ["admin", "create"], ["frobnicate"],
        ];

        var afterEach = new List<string>();
        foreach (var verb in verbs)
        {
            var (exitCode, output) = await HostProcess.RunAsync([.. verb, "--data-dir", data]);
            var health = await http.GetAsync("/healthz");
            var matters = await http.GetAsync("/api/v1/regions/440784/matters?pageSize=1");
            afterEach.Add($"{string.Join(' ', verb)} (exit {exitCode}): healthz {(int)health.StatusCode}, matters {(int)matters.StatusCode}, "
                          + $"postmaster {postgres.PostmasterPid()}{(exitCode is 0 or 1 or 2 ? "" : $"; {output}")}");
        }

        postmaster.ShouldNotBeNull();
        var unharmed = $"healthz 200, matters 200, postmaster {postmaster}";
        afterEach.ShouldAllBe(line => line.Contains(unharmed), string.Join('\n', afterEach));
    }
}
