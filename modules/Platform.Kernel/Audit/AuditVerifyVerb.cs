using Platform.Kernel.Cli;

namespace Platform.Kernel.Audit;

/// <summary><c>audit verify [--region CODE]</c>: walks each region's chain and names the first broken record.</summary>
internal sealed class AuditVerifyVerb(IAuditTrail trail) : ICliVerb
{
    public IReadOnlyList<string> Words { get; } = ["audit", "verify"];

    public string Summary => "verify the hash-chained audit trail of every region (or --region CODE); exit 3 when broken";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        string? region = null;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] == "--region" && i + 1 < arguments.Count) region = arguments[++i];
            else
            {
                await output.WriteLineAsync($"未知参数 / unknown argument: {arguments[i]}. Usage: audit verify [--region CODE]");
                return 2;
            }
        }

        var regions = region is null ? await trail.RegionsAsync(cancellationToken) : [region];
        var broken = 0;
        foreach (var code in regions)
        {
            var result = await trail.VerifyAsync(code, cancellationToken);
            if (result.Intact)
                await output.WriteLineAsync($"{code}: {result.RecordsChecked} records, intact");
            else
            {
                broken++;
                await output.WriteLineAsync($"{code}: BROKEN at record {result.FirstBrokenSequence} ({result.Reason}); {result.RecordsChecked} records before it verify");
            }
        }

        if (regions.Count == 0) await output.WriteLineAsync("no audit records yet");
        return broken == 0 ? 0 : 3;
    }
}
