using BenchmarkDotNet.Attributes;
using Platform.Calendar.Calendars;

namespace Platform.Benchmarks;

/// <summary>Due-date and elapsed-days questions on the national index; each invocation answers <see cref="Questions"/> of them.</summary>
[MemoryDiagnoser]
public class DeadlineBenchmarks
{
    public const int Questions = 1024;

    private readonly DateOnly[] starts = new DateOnly[Questions];
    private readonly int[] amounts = new int[Questions];
    private CalendarIndex index = null!;

    [GlobalSetup]
    public void Setup()
    {
        var national = NationalCalendarFile.Load(Path.Combine(AppContext.BaseDirectory, "calendars", "CN.yaml"));
        index = CalendarIndex.Build(national, []);
        var random = new Random(2026);
        for (var i = 0; i < Questions; i++)
        {
            starts[i] = new DateOnly(2025, 1, 1).AddDays(random.Next(730));
            amounts[i] = random.Next(0, 70);
        }
    }

    [Benchmark(OperationsPerInvoke = Questions)]
    public int DueDates()
    {
        var checksum = 0;
        for (var i = 0; i < Questions; i++)
        {
            var answer = DeadlineArithmetic.WorkingDaysDue(index, starts[i], amounts[i]);
            checksum += answer.Due.DayNumber + (answer.Provisional ? 1 : 0);
        }

        return checksum;
    }

    [Benchmark(OperationsPerInvoke = Questions)]
    public int ElapsedWorkingDays()
    {
        var checksum = 0;
        for (var i = 0; i < Questions; i++)
            checksum += index.WorkingDaysAfter(starts[i], starts[i].AddDays(amounts[i]));
        return checksum;
    }
}
