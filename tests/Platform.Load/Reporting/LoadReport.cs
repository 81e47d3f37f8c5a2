using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Platform.Load.Reporting;

/// <summary>Writes a run's phases and findings as markdown and JSON under the reports folder, and the markdown to stdout.</summary>
internal sealed class LoadReport(string directory, string title)
{
    private readonly List<PhaseResult> phases = [];
    private readonly List<string> findings = [];
    private readonly List<ScaleRow> scale = [];
    private readonly List<Machine> load = [Machine.Now()];

    public void Add(PhaseResult phase)
    {
        phases.Add(phase);
        load.Add(Machine.Now());
        Console.WriteLine(Table([phase]));
    }

    public void Add(ScaleRow row)
    {
        scale.Add(row);
        load.Add(Machine.Now());
        Console.WriteLine($"  {row.Cases,9:N0} cases  {row.Measure,-28} {row.Milliseconds,10:F1} ms  {row.Note}");
    }

    public void Finding(string text)
    {
        findings.Add(text);
        Console.WriteLine($"  => {text}");
    }

    public async Task<string> WriteAsync()
    {
        Directory.CreateDirectory(directory);
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var markdown = Markdown();
        var path = Path.Combine(directory, $"{title}-{stamp}.md");
        await File.WriteAllTextAsync(path, markdown);
        await File.WriteAllTextAsync(Path.ChangeExtension(path, ".json"),
            JsonSerializer.Serialize(new { title, machine = load[0], loadDuringRun = load.Select(l => l.LoadAverage), phases, findings, scale },
                new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine();
        Console.WriteLine(markdown);
        return path;
    }

    private string Markdown()
    {
        var machine = load[0];
        var text = new StringBuilder();
        text.AppendLine($"# {title} ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)").AppendLine();
        text.AppendLine($"Machine: {machine.Cores} cores, {machine.Cpu}. Load average (1/5/15 min) at start {machine.LoadAverage}, " +
                        $"during the run {string.Join("; ", load.Skip(1).Select(l => l.LoadAverage.Split(' ')[0]))}.").AppendLine();
        if (findings.Count > 0)
        {
            foreach (var finding in findings) text.AppendLine($"- {finding}");
            text.AppendLine();
        }

        if (phases.Count > 0) text.AppendLine(Table(phases));
        if (scale.Count > 0)
        {
            text.AppendLine("| cases | measure | ms | note |").AppendLine("|---:|---|---:|---|");
            foreach (var row in scale) text.AppendLine($"| {row.Cases:N0} | {row.Measure} | {row.Milliseconds:F1} | {row.Note} |");
        }

        return text.ToString();
    }

    private static string Table(IEnumerable<PhaseResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| phase | operation | count | failed | per s | p50 ms | p95 ms | p99 ms | max ms |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var phase in results)
        foreach (var op in phase.Operations)
            text.AppendLine($"| {phase.Name} | {op.Operation} | {op.Count} | {op.Failures} | {op.PerSecond:F1} | {op.P50:F1} | {op.P95:F1} | {op.P99:F1} | {op.Max:F1} |");
        return text.ToString();
    }
}
