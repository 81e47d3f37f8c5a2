using System.Security.Cryptography;
using System.Text;

namespace Platform.Calendar.Calendars;

/// <summary>One year's State Council holiday notice.</summary>
internal sealed record PublishedYear(int Year, string Notice, IReadOnlyList<HolidayBlock> Holidays, IReadOnlyList<AdjustedWorkday> Workdays)
{
    /// <summary>Changes whenever a rest day or work day of the year changes, so a restart can tell what to recompute.</summary>
    public string Fingerprint
    {
        get
        {
            var content = new StringBuilder();
            foreach (var holiday in Holidays.OrderBy(h => h.From))
                content.Append($"R{holiday.From:yyyy-MM-dd}..{holiday.To:yyyy-MM-dd};");
            foreach (var workday in Workdays.OrderBy(w => w.Date))
                content.Append($"W{workday.Date:yyyy-MM-dd};");
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString())));
        }
    }

    /// <summary>The first and last dates the notice touches (a holiday may run into the next year).</summary>
    public (DateOnly From, DateOnly To) Extent
    {
        get
        {
            var dates = Holidays.SelectMany(h => new[] { h.From, h.To }).Concat(Workdays.Select(w => w.Date))
                .Append(new DateOnly(Year, 1, 1)).Append(new DateOnly(Year, 12, 31)).ToList();
            return (dates.Min(), dates.Max());
        }
    }
}
