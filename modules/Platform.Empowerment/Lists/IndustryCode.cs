namespace Platform.Empowerment.Lists;

/// <summary>
/// A code of the national industry classification (国民经济行业分类, GB/T 4754-2017): an optional section letter and two to four
/// digits (division, group, class), e.g. C3011 or 3011. The division must exist and match the letter when one is given.
/// </summary>
internal static class IndustryCode
{
    // Each section's first and last division (门类 → 大类).
    private static readonly (char Section, int From, int To)[] Sections =
    [
        ('A', 1, 5), ('B', 6, 12), ('C', 13, 43), ('D', 44, 46), ('E', 47, 50), ('F', 51, 52), ('G', 53, 60), ('H', 61, 62), ('I', 63, 65),
        ('J', 66, 69), ('K', 70, 70), ('L', 71, 72), ('M', 73, 75), ('N', 76, 79), ('O', 80, 82), ('P', 83, 83), ('Q', 84, 85), ('R', 86, 90),
        ('S', 91, 96), ('T', 97, 97),
    ];

    /// <summary>The digits of a valid code (section letter dropped), or null when it is not a GB/T 4754 code.</summary>
    public static string? Digits(string? code)
    {
        var text = code?.Trim().ToUpperInvariant() ?? "";
        var letter = text.Length > 0 && char.IsAsciiLetter(text[0]) ? text[0] : (char?)null;
        var digits = letter is null ? text : text[1..];
        if (digits.Length is < 2 or > 4 || !digits.All(char.IsAsciiDigit)) return null;
        var division = int.Parse(digits[..2]);
        var section = Sections.Where(s => division >= s.From && division <= s.To).Select(s => (char?)s.Section).FirstOrDefault();
        return section is null || (letter is not null && letter != section) ? null : digits;
    }
}
