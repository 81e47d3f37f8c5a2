using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Platform.Cases.Contracts;
using Platform.Empowerment.Handover;
using Platform.Kernel.Time;
using Platform.Testing;

namespace Platform.Empowerment.Tests;

/// <summary>A real host with the Linxiang plugin on its own database, a clock the test moves, and the steps of a 临湘 handover.</summary>
internal sealed class ParkFixture : IAsyncDisposable
{
    public const string Region = "430682";
    public const string ParkUnit = "gxq-spfw";
    public const string SealOfPark = "ESEAL:430682:gxq-spfw:行政审批服务专用章";

    /// <summary>固定资产投资项目节能审查: batch 1, from the development and reform bureau (fgj), no countersignature.</summary>
    public const string EnergyReview = "11430682MB0000051X000150001000";

    /// <summary>建筑工程施工许可证核发: batch 1, from the housing and construction bureau (zjj), countersigned (见章盖章).</summary>
    public const string ConstructionPermit = "11430682MB0000051X000173001000";

    public static readonly CaseActor Applicant = new("applicant-lx", "临湘市恒泰新材料有限公司", Region, null);
    public static readonly CaseActor Clerk = new("clerk-lx", "综合窗口李芳", Region, "zhck");

    private ParkFixture(PlatformTestHost host, TestClock clock)
    {
        Host = host;
        Clock = clock;
    }

    public PlatformTestHost Host { get; }
    public TestClock Clock { get; }

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    public static async Task<ParkFixture> StartAsync(DateTimeOffset now, Action<ContainerBuilder>? overrides = null)
    {
        var clock = new TestClock(now);
        var host = await PlatformTestHost.StartAsync("demo", builder =>
        {
            builder.RegisterInstance(clock).As<IClock>();
            overrides?.Invoke(builder);
        }, "--Identity:FailedSignInsPerAddress=100000", "--Identity:TrackingPerMinute=100000", "--Identity:CreatePerMinute=100000");
        return new ParkFixture(host, clock);
    }

    /// <summary>Starts a department's agreement and takes it through training and signing.</summary>
    public async Task<AgreementRow> SignAsync(string department, int batch)
    {
        var process = Get<HandoverProcess>();
        var started = await process.StartAsync(Region, department, batch, "test", CancellationToken.None);
        var trained = await process.StepAsync(started.Id, started.Version, HandoverStep.Training, null, "test", CancellationToken.None);
        return await process.StepAsync(trained.Id, trained.Version, HandoverStep.Sign, null, "test", CancellationToken.None);
    }

    /// <summary>The whole handover: signed now, records and access handed over, effective from <paramref name="effectiveAt"/>.</summary>
    public async Task<AgreementRow> CompleteHandoverAsync(string department, int batch, DateTimeOffset effectiveAt)
    {
        var process = Get<HandoverProcess>();
        var signed = await SignAsync(department, batch);
        var records = await process.StepAsync(signed.Id, signed.Version, HandoverStep.Records, null, "test", CancellationToken.None);
        var access = await process.StepAsync(records.Id, records.Version, HandoverStep.Access, null, "test", CancellationToken.None);
        return await process.StepAsync(access.Id, access.Version, HandoverStep.Effective, effectiveAt, "test", CancellationToken.None);
    }

    /// <summary>An enterprise registered in the park (临湘市恒泰新材料有限公司, in the seeded park area).</summary>
    public const string ParkEnterprise = "91430682MA4TEST01X";

    /// <summary>An enterprise registered elsewhere in 临湘.</summary>
    public const string OutsideEnterprise = "91430682MA4OUTS01Z";

    public async Task<CaseView> SubmitAsync(string matterCode, string formJson = """{"项目名称":"恒泰新材料厂房"}""", string enterprise = ParkEnterprise)
    {
        var reference = await Get<ICaseSubmissions>().SubmitAsync(
            new CaseSubmission(Region, matterCode, new CaseApplicant(Applicant.Id, Applicant.Name, "enterprise", enterprise), "online",
                formJson, []), Applicant, Guid.NewGuid().ToString(), CancellationToken.None);
        return (await Get<ICaseReader>().GetAsync(reference.Id, CancellationToken.None))!;
    }

    /// <summary>Accepts on the signed commitment; an immediate matter is decided on the spot, a committed one is reviewed and approved where it was routed.</summary>
    public async Task<CaseView> ApproveAsync(CaseView submitted)
    {
        var workflow = Get<ICaseWorkflow>();
        var unitActor = new CaseActor("staff-lx", "承办人", Region, submitted.HandlingUnitCode);
        var accepted = await workflow.AcceptOnCommitmentAsync(submitted.Id, submitted.Version, true, Clerk, CancellationToken.None);
        if (accepted.State == nameof(CaseState.Approved)) return accepted;
        var reviewed = await workflow.CompleteReviewStepAsync(accepted.Id, accepted.Version, true, "符合条件", unitActor, CancellationToken.None);
        return await workflow.DecideAsync(reviewed.Id, reviewed.Version, true, "申请人已签署告知承诺书，准予许可", "告知承诺制", unitActor, CancellationToken.None);
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
