using System.Text.Json.Serialization;

namespace Platform.Calendar.Contracts;

/// <summary>Why a day is a working day or a rest day.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CalendarDayKind>))]
public enum CalendarDayKind
{
    [JsonStringEnumMemberName("workday")] Workday,
    [JsonStringEnumMemberName("weekend")] Weekend,
    [JsonStringEnumMemberName("holiday")] Holiday,
    [JsonStringEnumMemberName("adjusted-workday")] AdjustedWorkday,
    [JsonStringEnumMemberName("region-rest")] RegionRest,
    [JsonStringEnumMemberName("region-work")] RegionWork,
}
