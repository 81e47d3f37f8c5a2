using System.Text.Json;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Identity.Contracts;

namespace Platform.Supervision.Notices;

/// <summary>
/// Turns case steps into notices in the step's own transaction: the applicant's inbox message plus an SMS (to their
/// mobile, when known) and a WeChat message (to their platform account, which the gateway maps to the bound WeChat
/// user), or the handling unit's inbox message plus one on the government messaging channel. Texts come from the
/// region's templates and carry only the case number, matter, dates and tracking number.
/// </summary>
internal sealed class CaseNoticeObserver(NoticeTemplates templates, CaseNoticeWriter writer, IApplicantContacts contacts,
    SupervisionOptions options) : ICaseStepWriter
{
    public async ValueTask<IReadOnlyList<NpgsqlBatchCommand>> WritesAsync(CaseStepRecorded step, CancellationToken cancellationToken)
    {
        if (CaseNoticeKinds.Of(step) is not { } kind || templates.For(step.RegionCode, kind.Kind) is not { } template) return [];
        Guid? applicant = Guid.TryParse(step.ApplicantId, out var id) ? id : null;
        if (kind.ForApplicant && applicant is null) return [];

        var values = Values(step);
        var title = NoticeTemplates.Render(template.Title ?? kind.Kind, values);
        var body = NoticeTemplates.Render(template.Body ?? "", values);
        var outbound = kind.ForApplicant
            ? await ApplicantTextsAsync(step, applicant!.Value, template, values, body, cancellationToken)
            : [new OutboundText(options.OutboundChannel, null, $"{title}：{body}")];
        var audience = kind.ForApplicant ? "applicant" : "unit";
        return [writer.Command(new CaseNotice($"{step.CaseId}:{step.Version}:{audience}", step.RegionCode,
            kind.ForApplicant ? null : step.HandlingUnitCode, kind.ForApplicant ? step.ApplicantId : null, kind.Kind, step.CaseId,
            title, body, $"/cases/{step.CaseId}", outbound))];
    }

    private async Task<List<OutboundText>> ApplicantTextsAsync(CaseStepRecorded step, Guid applicant, NoticeTemplate template,
        IReadOnlyDictionary<string, string?> values, string body, CancellationToken cancellationToken)
    {
        var texts = new List<OutboundText>();
        foreach (var channel in templates.ChannelsFor(step.RegionCode))
        {
            if (channel == "sms" && template.Sms is { } sms && await contacts.MobileAsync(applicant, cancellationToken) is { } mobile)
                texts.Add(new OutboundText("sms", mobile, NoticeTemplates.Render(sms, values)));
            else if (channel == "wechat")
                texts.Add(new OutboundText("wechat", step.ApplicantId, template.Wechat is { } wechat ? NoticeTemplates.Render(wechat, values) : body));
        }

        return texts;
    }

    internal static Dictionary<string, string?> Values(CaseStepRecorded step) => new()
    {
        ["number"] = step.Number,
        ["matter"] = step.MatterName,
        ["due"] = step.DueDate is { } due ? Chinese(due) : null,
        ["deferredDue"] = EarliestDeferredDue(step.Data) is { } deferred ? Chinese(deferred) : null,
        ["tracking"] = CaseNoticeKinds.Text(step, "trackingNumber"),
    };

    private static DateOnly? EarliestDeferredDue(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty("deferredMaterials", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(m => m.TryGetProperty("due", out var due) && DateOnly.TryParse(due.GetString(), out var date) ? date : (DateOnly?)null)
                .Where(d => d is not null).Min()
            : null;

    private static string Chinese(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
