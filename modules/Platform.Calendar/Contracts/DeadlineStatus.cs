namespace Platform.Calendar.Contracts;

/// <summary>Whether a deadline's clock runs, stands still (挂起, 法定不计时), or has stopped for good.</summary>
public enum DeadlineStatus
{
    Running,
    Suspended,
    Closed,
}
