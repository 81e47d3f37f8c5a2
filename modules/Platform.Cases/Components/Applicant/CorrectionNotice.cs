using Platform.Cases.Contracts;

namespace Platform.Cases.Components.Applicant;

/// <summary>The items of the case's latest one-time correction notice (一次性告知书), as its timeline recorded them.</summary>
internal sealed record CorrectionNotice(IReadOnlyList<CorrectionNotice.Item> Items)
{
    /// <summary>A listed material (with its name) or a form field or general remark, and the problem with it.</summary>
    internal sealed record Item(string? MaterialCode, string? MaterialName, string? Field, string Problem);

    public IEnumerable<Item> Materials => Items.Where(i => i.MaterialCode is not null);

    public IEnumerable<Item> Remarks => Items.Where(i => i.MaterialCode is null);

    public static CorrectionNotice Of(CaseView view)
    {
        var request = view.Timeline.LastOrDefault(t => t.Action == nameof(CaseAction.RequestCorrection));
        if (request is null || !request.Data.TryGetProperty("items", out var items)) return new CorrectionNotice([]);
        return new CorrectionNotice(items.EnumerateArray().Select(i =>
        {
            var code = i.TryGetProperty("materialCode", out var c) ? c.GetString() : null;
            var field = i.TryGetProperty("field", out var f) ? f.GetString() : null;
            var name = code is null ? null : view.Materials.FirstOrDefault(m => m.Code == code)?.Name ?? code;
            return new Item(code, name, field, i.GetProperty("problem").GetString() ?? "");
        }).ToList());
    }
}
