namespace Platform.Projects.Contracts;

/// <summary>The whole-chain clock against the category cap: working days used, whether it runs now, whether the chain finished within the cap.</summary>
public sealed record ChainClockView(int UsedWorkingDays, int CapWorkingDays, bool Running, bool Finished, bool WithinCap)
{
    public int RemainingWorkingDays => CapWorkingDays - UsedWorkingDays;

    /// <summary>The deadline colour of the chain: yellow within 10 working days of the cap, red on it, overdue past it.</summary>
    public string Warning => RemainingWorkingDays switch
    {
        < 0 => "Overdue",
        0 => "Red",
        <= 10 => "Yellow",
        _ => "Normal",
    };
}
