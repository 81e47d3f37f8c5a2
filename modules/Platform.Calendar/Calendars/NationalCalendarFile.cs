using System.Globalization;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Platform.Calendar.Calendars;

/// <summary>Reads <c>calendars/CN.yaml</c> and checks it against what a holiday notice can say.</summary>
internal static class NationalCalendarFile
{
    public static NationalCalendar Load(string path)
    {
        if (!File.Exists(path))
            throw new InvalidOperationException($"The national calendar {path} is missing; every deadline would be provisional.");
        var file = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .Build()
            .Deserialize<CalendarFileDto>(File.ReadAllText(path));
        var years = (file.Years ?? []).ToDictionary(y => y.Key, y => ToYear(path, y.Key, y.Value));
        return new NationalCalendar(file.Country ?? "CN", years);
    }

    private static PublishedYear ToYear(string path, int year, YearDto dto)
    {
        var holidays = (dto.Holidays ?? []).Select(h =>
        {
            var block = new HolidayBlock(Required(path, year, h.Name), Date(path, year, h.From), Date(path, year, h.To));
            if (block.To < block.From || block.To.DayNumber - block.From.DayNumber > 31)
                throw Invalid(path, year, $"holiday {block.Name} runs from {block.From} to {block.To}");
            return block;
        }).ToList();
        var workdays = (dto.Workdays ?? []).Select(w =>
        {
            var workday = new AdjustedWorkday(Date(path, year, w.Date), Required(path, year, w.Name));
            if (workday.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                throw Invalid(path, year, $"adjusted work day {workday.Date} is not a weekend day");
            return workday;
        }).ToList();
        return new PublishedYear(year, dto.Notice ?? "", holidays, workdays);
    }

    private static DateOnly Date(string path, int year, string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Invalid(path, year, $"'{text}' is not a yyyy-MM-dd date");

    private static string Required(string path, int year, string? name) =>
        string.IsNullOrWhiteSpace(name) ? throw Invalid(path, year, "a day has no name") : name;

    private static InvalidOperationException Invalid(string path, int year, string what) =>
        new($"Calendar {path}, year {year}: {what}.");

    private sealed class CalendarFileDto
    {
        public string? Country { get; set; }
        public Dictionary<int, YearDto>? Years { get; set; }
    }

    private sealed class YearDto
    {
        public string? Notice { get; set; }
        public string? PublishedOn { get; set; }
        public List<HolidayDto>? Holidays { get; set; }
        public List<WorkdayDto>? Workdays { get; set; }
    }

    private sealed class HolidayDto
    {
        public string? Name { get; set; }
        public string? From { get; set; }
        public string? To { get; set; }
    }

    private sealed class WorkdayDto
    {
        public string? Date { get; set; }
        public string? Name { get; set; }
    }
}
