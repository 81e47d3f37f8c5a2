namespace Platform.Empowerment.Seeding;

/// <summary>The handover deadlines the programme sets (records within N days, access within M days of signing) and how its days count.</summary>
internal sealed class HandoverSeed
{
    public int RecordsDays { get; set; } = 5;
    public int AccessDays { get; set; } = 3;
    public string DayUnit { get; set; } = "CalendarDays";
}
