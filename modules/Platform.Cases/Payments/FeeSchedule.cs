using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Cases.Domain;

namespace Platform.Cases.Payments;

/// <summary>The fee a case pays: a matter's first fee that is not waived and whose standard states an amount (80元/件).</summary>
internal static partial class FeeSchedule
{
    public static DueFee? Due(MatterTerms matter, string? feeName = null)
    {
        foreach (var fee in matter.Fees ?? [])
        {
            if (fee.Waived || (feeName is not null && fee.Name != feeName)) continue;
            var amount = Amount().Match(fee.Standard);
            if (!amount.Success) continue;
            return new DueFee(fee.Name, (long)Math.Round(decimal.Parse(amount.Groups[1].Value, CultureInfo.InvariantCulture) * 100));
        }

        return null;
    }

    [GeneratedRegex(@"(\d+(?:\.\d{1,2})?)\s*元")]
    private static partial Regex Amount();
}

/// <summary>A fee due, in fen (分).</summary>
internal sealed record DueFee(string Name, long AmountFen);
