using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Plugins.Yandu.NoFace;

/// <summary>
/// 不见面审批: an online application of a matter on the published no-face list is signed online by the applicant (在线签署申请书, as each
/// entry states) instead of on paper at a window, so the window may not accept one until the applicant has e-signed the application.
/// Window applications, and matters not on the list, are not held to it.
/// </summary>
internal sealed class NoFaceSignatureCheck : IAcceptanceCheck
{
    public async Task CheckAsync(NpgsqlTransaction transaction, CaseAtAcceptance candidate, CancellationToken cancellationToken)
    {
        if (candidate.RegionCode != YanduModule.RegionCode || candidate.Channel != "online" || candidate.SignedDocuments.Contains("application")) return;
        var onRoute = await transaction.Connection!.ExecuteScalarAsync<bool>(
            """
            SELECT EXISTS (
                SELECT 1 FROM yandu.no_face_entries e
                WHERE e.matter_code = @MatterCode
                  AND e.list_id = (SELECT id FROM yandu.no_face_lists WHERE region_code = @RegionCode ORDER BY published_at DESC LIMIT 1))
            """, new { candidate.MatterCode, candidate.RegionCode }, transaction);
        if (onRoute)
            throw new PlatformProblem(422, "case.acceptance.signature_required", "申请人尚未电子签名",
                "该事项为不见面审批事项，须由申请人在线电子签署申请书后方可受理；请通知申请人在办件页面完成电子签名。")
            {
                Errors = new Dictionary<string, string[]> { ["signatures"] = ["申请书尚未电子签名。"] },
            };
    }
}
