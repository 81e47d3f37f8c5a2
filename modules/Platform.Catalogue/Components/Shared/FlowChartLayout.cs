using System.Text.RegularExpressions;

namespace Platform.Catalogue.Components.Shared;

/// <summary>
/// Lays out a mermaid flowchart's nodes and edges as boxes in a column, so the guide draws the
/// chart on the server (printable, no script) from the same text mermaid would render.
/// </summary>
internal static partial class FlowChartLayout
{
    public const int Width = 420;
    public const int BoxHeight = 44;
    public const int Gap = 28;

    public static (IReadOnlyList<(string Label, int Y)> Boxes, int Height) Of(string mermaid)
    {
        var labels = new Dictionary<string, string>();
        var order = new List<string>();
        void Add(string id, string? label)
        {
            if (!labels.ContainsKey(id)) order.Add(id);
            if (label is not null || !labels.ContainsKey(id)) labels[id] = label ?? id;
        }

        foreach (var line in mermaid.Split('\n').Skip(1))
        {
            foreach (Match node in Node().Matches(line)) Add(node.Groups["id"].Value, node.Groups["label"].Success ? node.Groups["label"].Value : null);
        }

        var boxes = order.Select((id, i) => (labels[id], i * (BoxHeight + Gap))).ToList();
        return (boxes, Math.Max(BoxHeight, boxes.Count * (BoxHeight + Gap) - Gap));
    }

    [GeneratedRegex(@"(?<id>[A-Za-z][A-Za-z0-9_]*)\s*(?:[\[\(\{]+(?<label>[^\]\)\}]+)[\]\)\}]+)?")]
    private static partial Regex Node();
}
