using Platform.Calendar.Contracts;
using Platform.Calendar.Queries;
using Platform.Kernel.Cli;
using Platform.Kernel.Errors;

namespace Platform.Calendar.Cli;

/// <summary><c>calendar deadline --start 2026-09-24 --working-days 3 [--region 440784]</c> prints <c>2026-09-30</c>.</summary>
internal sealed class CalendarDeadlineVerb(IWorkingCalendarProvider calendars) : ICliVerb
{
    private const int BadArguments = 2;

    private static readonly Dictionary<string, string> EnglishByCode = new()
    {
        ["calendar.region.unknown"] = "the region is not served by this deployment",
        ["calendar.out_of_range"] = "the due date falls outside the calendar (2000-01-01 to 2100-12-31)",
    };

    public IReadOnlyList<string> Words { get; } = ["calendar", "deadline"];

    public string Summary => "due date: --start DATE (--working-days N | --calendar-days N | --hours N) [--region CODE]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var options = new Dictionary<string, string>();
        for (var i = 0; i < arguments.Count; i += 2)
        {
            if (!arguments[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= arguments.Count
                || !new[] { "--start", "--working-days", "--calendar-days", "--hours", "--region" }.Contains(arguments[i])
                || !options.TryAdd(arguments[i], arguments[i + 1]))
                return Refuse(output, $"无法识别的参数：{arguments[i]}", $"unrecognised argument: {arguments[i]}. {Summary}");
        }

        var (query, broken) = DeadlineQuery.Parse(options.GetValueOrDefault("--start"), options.GetValueOrDefault("--working-days"),
            options.GetValueOrDefault("--calendar-days"), options.GetValueOrDefault("--hours"), options.GetValueOrDefault("--region"));
        if (broken is not null) return Refuse(output, broken.Chinese, broken.English);
        try
        {
            var calendar = query!.RegionCode is null ? calendars.National : await calendars.ForRegionAsync(query.RegionCode, cancellationToken);
            var answer = query.AnswerOn(calendar);
            var due = query.Limit.Unit == TimeLimitUnit.Hours ? answer.DueInstant.ToString("yyyy-MM-ddTHH:mm:sszzz") : answer.Due.ToString("yyyy-MM-dd");
            await output.WriteLineAsync(answer.Provisional ? $"{due} (provisional)" : due);
            return 0;
        }
        catch (PlatformProblem problem)
        {
            return Refuse(output, problem.Detail ?? problem.Title, EnglishByCode.GetValueOrDefault(problem.Code, problem.Code));
        }
    }

    private static int Refuse(TextWriter output, string chinese, string english)
    {
        output.WriteLine($"错误：{chinese}");
        output.WriteLine($"Error: {english}");
        return BadArguments;
    }
}
