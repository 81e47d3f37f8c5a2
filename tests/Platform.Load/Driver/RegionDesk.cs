using System.Text.Json;

namespace Platform.Load.Driver;

/// <summary>
/// One region as the load drives it: the matter its cases are for, the signed-in clerk and applicants with a file
/// each for the materials, and a reviewer (token by unit code) in each unit its cases are routed to or reviewed by.
/// </summary>
internal sealed record RegionDesk(string RegionCode, string MatterCode, Guid MatterVersionId, string MatterName, string SearchTerm,
    IReadOnlyList<string> RequiredMaterials, IReadOnlyList<MaterialRow> AllMaterials, Submitter Clerk, IReadOnlyList<Submitter> Applicants,
    IReadOnlyDictionary<string, string> Reviewers, string HandlingUnitCode)
{
    public IEnumerable<Submitter> Submitters => Applicants.Prepend(Clerk);

    public object Submission(Submitter submitter) => new
    {
        regionCode = RegionCode,
        matterCode = MatterCode,
        applicant = submitter.IsClerk
            ? new { id = $"91{RegionCode}MA0LOAD{Random.Shared.Next(100, 999)}X", name = "压力测试有限公司", kind = "enterprise" }
            : null,
        form = new { 项目名称 = "压力测试项目", 说明 = "平台性能测量" },
        materials = RequiredMaterials.Select(code => new { materialCode = code, fileId = submitter.FileId }).ToList(),
    };

    public static IReadOnlyList<MaterialRow> MaterialsOf(JsonElement requirements) =>
        requirements.GetProperty("materials").EnumerateArray().Select(m => new MaterialRow(m.GetProperty("code").GetString()!,
            m.GetProperty("name").GetString()!, m.GetProperty("required").GetBoolean(), m.GetProperty("core").GetBoolean())).ToList();
}

/// <summary>Who submits: a window clerk for an applicant, or an applicant online; with a file they uploaded.</summary>
internal sealed record Submitter(string Token, Guid FileId, bool IsClerk);

/// <summary>One material the matter asks for, as the ceiling writes it.</summary>
internal sealed record MaterialRow(string Code, string Name, bool Required, bool Core);
