namespace Platform.Cases.Contracts;

/// <summary>How many applications a region received in a period, and how many of them online (the platform's count, by channel).</summary>
public interface IChannelCounts
{
    /// <summary>Cases submitted in <c>[from, to)</c>.</summary>
    Task<ChannelCount> CountAsync(string regionCode, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}

public sealed record ChannelCount(long Online, long All);
