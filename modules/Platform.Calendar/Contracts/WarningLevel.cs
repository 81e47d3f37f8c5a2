namespace Platform.Calendar.Contracts;

/// <summary>The deadline states supervision shows: normal, 预警 (yellow, then red on the due date), 逾期.</summary>
public enum WarningLevel
{
    Normal,
    Yellow,
    Red,
    Overdue,
}
