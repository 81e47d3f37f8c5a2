using Npgsql;
using Platform.Catalogue.Contracts;
using Platform.Calendar.Contracts;
using Platform.Cases.Contracts;
using Platform.Cases.Domain;
using Platform.Kernel.Errors;

namespace Platform.Cases.Tests;

/// <summary>
/// Matter versions the tests bind cases to, standing in for the catalogue module so the lifecycle is
/// tested on its own. The 鹤山 planning permit mirrors the programme: 3 working days against a legal 15,
/// one core material of twelve.
/// </summary>
internal sealed class TestMatters : IMatterTermsSource
{
    public static readonly MatterTerms PlanningPermit = new(
        Guid.Parse("0190aaaa-0000-7000-8000-000000000001"), "440784", "HS-GHXK-001", "建设用地规划许可证核发", "zrzy",
        TimeLimit.WorkingDays(3), AllowsTolerantAcceptance: true, AllowsNotificationCommitment: false,
        [
            new MaterialTerms("M01", "建设用地规划许可申请表", true, true, 10, null),
            .. Enumerable.Range(2, 11).Select(i => new MaterialTerms($"M{i:D2}", $"非核心材料{i}", true, false, 10, null)),
        ],
        ["zrzy"], [DeliveryMethod.Window, DeliveryMethod.Courier, DeliveryMethod.OnlinePush], "建设用地规划许可证",
        SuspensionProcedures:
        [
            new SuspensionProcedure("PublicNotice", "批前公示", TimeLimit.CalendarDays(7)),
            new SuspensionProcedure("Hearing", "听证", TimeLimit.WorkingDays(20)),
            new SuspensionProcedure("ExpertReview", "专家评审", TimeLimit.WorkingDays(15)),
        ]);

    public static readonly MatterTerms SealEngraving = new(
        Guid.Parse("0190aaaa-0000-7000-8000-000000000002"), "440784", "HS-YZKZ-001", "公章刻制备案", "scjg",
        TimeLimit.WorkingDays(1), AllowsTolerantAcceptance: false, AllowsNotificationCommitment: true,
        [new MaterialTerms("B01", "营业执照", true, true, 5, "营业执照"), new MaterialTerms("B02", "法定代表人身份证", true, true, 5, null)],
        ["scjg", "gaj"], [DeliveryMethod.Courier], "公章刻制备案证明");

    /// <summary>鹤山's 先承诺后审核 item: decided on the promise, the commitment verified within 10 working days by the 住建局 itself.</summary>
    public static readonly MatterTerms FireDesignReview = new(
        Guid.Parse("0190aaaa-0000-7000-8000-000000000003"), "440784", "HS-XFSJ-001", "建设工程消防设计审查", "zjj",
        TimeLimit.WorkingDays(10), AllowsTolerantAcceptance: false, AllowsNotificationCommitment: true,
        [new MaterialTerms("F01", "告知承诺书", true, true, 5, null)],
        ["zjj"], [DeliveryMethod.Window], "建设工程消防设计审查意见书", VerificationLimit: TimeLimit.WorkingDays(10));

    private static readonly MatterTerms[] All = [PlanningPermit, SealEngraving, FireDesignReview];

    public Task<MatterTerms> InForceAsync(string regionCode, string matterCode, DateTimeOffset at, CancellationToken cancellationToken) =>
        InForceAsync(All.SingleOrDefault(m => m.RegionCode == regionCode && m.Code == matterCode)?.VersionId, regionCode, matterCode, cancellationToken);

    /// <summary>Answers the fake's version id the way the catalogue's command does: one row, or none.</summary>
    public NpgsqlBatchCommand InForceCommand(string regionCode, string matterCode, DateTimeOffset at) =>
        Kernel.Database.BatchCommand.Of("SELECT id FROM unnest($1::uuid[]) AS m (id)",
            All.Where(m => m.RegionCode == regionCode && m.Code == matterCode).Select(m => m.VersionId).ToArray());

    public Task<MatterTerms> InForceAsync(Guid? versionId, string regionCode, string matterCode, CancellationToken cancellationToken) =>
        versionId is { } id
            ? VersionAsync(id, cancellationToken)
            : throw PlatformProblem.NotFound("catalogue.matter.not_found", $"事项 {matterCode} 不存在或未发布。");

    public Task<MatterTerms> VersionAsync(Guid versionId, CancellationToken cancellationToken) =>
        Task.FromResult(All.Single(m => m.VersionId == versionId));
}
