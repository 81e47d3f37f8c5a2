using System.Text.Json;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Empowerment.Lists;
using Platform.Kernel.Errors;

namespace Platform.Empowerment.Routing;

/// <summary>
/// Holds every application the park handles to its investment negative list (负面清单): the industry code the form states
/// (<c>industryCode</c>, GB/T 4754) and every text the applicant wrote (business scope, project name and content) are checked,
/// and a prohibited investment is refused with the list line and its basis before anything is recorded.
/// </summary>
internal sealed class ParkEntryScreen(RegionProgrammes programmes) : IApplicationScreen
{
    public async Task ScreenAsync(NpgsqlTransaction transaction, ApplicationToScreen application, CancellationToken cancellationToken)
    {
        var programme = await programmes.OfAsync(transaction, application.RegionCode);
        if (programme is null || application.HandlingUnitCode != programme.ParkUnitCode) return;
        var (industryCode, texts) = Read(application.FormJson);
        var list = await ParkLists.NegativeListAsync(transaction, application.RegionCode);
        var prohibiting = NegativeItem.Prohibiting(list, industryCode, texts);
        if (prohibiting is not null)
            throw new PlatformProblem(422, "empowerment.negative_list.prohibited", "不符合园区准入要求", prohibiting.Refusal)
            {
                Extensions = new Dictionary<string, object?> { ["negativeListItem"] = prohibiting.Ordinal },
            };
    }

    private static (string? IndustryCode, string Texts) Read(string formJson)
    {
        if (string.IsNullOrWhiteSpace(formJson)) return (null, "");
        try
        {
            using var form = JsonDocument.Parse(formJson);
            if (form.RootElement.ValueKind != JsonValueKind.Object) return (null, "");
            string? industryCode = null;
            var texts = new List<string>();
            foreach (var field in form.RootElement.EnumerateObject())
            {
                if (field.Value.ValueKind != JsonValueKind.String) continue;
                if (field.NameEquals("industryCode")) industryCode = field.Value.GetString();
                else texts.Add(field.Value.GetString()!);
            }

            return (industryCode, string.Join('\n', texts));
        }
        catch (JsonException)
        {
            return (null, "");
        }
    }
}
