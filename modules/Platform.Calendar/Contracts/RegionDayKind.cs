using System.Text.Json.Serialization;

namespace Platform.Calendar.Contracts;

/// <summary>A region's override of one day: an extra rest day (a local holiday, a bureau closure) or an extra work day.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RegionDayKind>))]
public enum RegionDayKind
{
    [JsonStringEnumMemberName("rest")] Rest,
    [JsonStringEnumMemberName("work")] Work,
}
