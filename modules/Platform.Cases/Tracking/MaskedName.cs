namespace Platform.Cases.Tracking;

/// <summary>A name as a public page may show it: the first and last character kept, the rest starred (张*丰, 张*, 鹤*****司).</summary>
internal static class MaskedName
{
    public static string Of(string name)
    {
        var characters = System.Globalization.StringInfo.GetTextElementEnumerator(name.Trim());
        var elements = new List<string>();
        while (characters.MoveNext()) elements.Add(characters.GetTextElement());
        return elements.Count switch
        {
            0 => "",
            1 => "*",
            2 => elements[0] + "*",
            _ => elements[0] + new string('*', elements.Count - 2) + elements[^1],
        };
    }
}
