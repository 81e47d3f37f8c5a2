using System.Text;
using System.Text.Json;
using Dapper;
using Npgsql;
using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Platform.Bundles.Contracts;
using Platform.Bundles.Intake;
using Platform.Bundles.Submission;
using Platform.Bundles.Tracking;
using Platform.Cases.Contracts;
using Platform.Identity.Contracts;
using Platform.Kernel.Time;
using Platform.Testing;

namespace Platform.Bundles.Tests;

/// <summary>The demo host (岳阳 and 临湘 seeded from their plugins) on its own database, with a clock the tests move.</summary>
public sealed class BundleFixture : IAsyncLifetime
{
    public const string Yueyang = "430600";
    public const string EnterpriseOpening = "qykb";
    public const string CompanyRegistration = "11430600MB0000041X000105001000";
    public const string SealEngraving = "11430600MB0000048X000128001000";
    public const string Invoice = "11430600MB0000049X000155001000";
    public const string SocialInsurance = "11430600MB0000050X000160001000";
    public const string HousingFund = "11430600MB0000051X000161001000";

    public static readonly CaseActor Clerk = new("clerk-yy", "综合窗口王芳", Yueyang, "zhck");

    public TestClock Clock { get; } = new(TestClock.At(2026, 9, 24, 10));
    public PlatformTestHost Host { get; private set; } = null!;

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    public async Task InitializeAsync() =>
        Host = await PlatformTestHost.StartAsync("demo", builder => builder.RegisterInstance(Clock).As<IClock>(),
            "--Identity:FailedSignInsPerAddress=100000", "--Identity:TrackingPerMinute=100000", "--Identity:CreatePerMinute=100000");

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public static CaseActor Applicant(string id) => new(id, "岳阳市湘企科技有限公司筹备组", Yueyang, null);

    public static CaseActor Reviewer(string unit) => new($"reviewer-{unit}", $"{unit} 审查员", Yueyang, unit);

    public static IReadOnlyDictionary<string, string> OpeningAnswers(string invoice = "yes", string staff = "yes", string premises = "registered") =>
        new Dictionary<string, string> { ["invoice"] = invoice, ["staff"] = staff, ["premises"] = premises };

    public static IReadOnlyDictionary<string, string> OpeningForm() => new Dictionary<string, string>
    {
        ["enterpriseName"] = "岳阳市湘企科技有限公司", ["legalRepresentative"] = "李明", ["address"] = "岳阳市岳阳楼区金鹗中路 100 号",
        ["registeredCapital"] = "500", ["employees"] = "12",
    };

    /// <summary>Uploads one file for every material of the guidance, as the applicant, and returns the inputs.</summary>
    internal async Task<IReadOnlyList<BundleMaterialInput>> UploadAllAsync(BundleGuidance guidance, CaseActor applicant)
    {
        var inputs = new List<BundleMaterialInput>();
        foreach (var material in guidance.Materials)
        {
            var file = await Get<ICaseFiles>().SaveAsync(new MemoryStream(Encoding.UTF8.GetBytes($"%PDF-1.7 {material.Name} {Guid.NewGuid()}")),
                $"{material.Name}.pdf", "application/pdf", applicant.Id, CancellationToken.None);
            inputs.Add(new BundleMaterialInput(material.Key, file.Id, null));
        }

        return inputs;
    }

    /// <summary>Submits the enterprise-opening bundle with every material, as <paramref name="applicant"/>.</summary>
    public async Task<Guid> SubmitOpeningAsync(CaseActor applicant, IReadOnlyDictionary<string, string> answers, string? key = null)
    {
        var guidance = await Get<IBundleCatalogue>().GuideAsync(Yueyang, EnterpriseOpening, answers, CancellationToken.None);
        return await SubmitAsync(applicant, answers, await UploadAllAsync(guidance, applicant), key ?? Guid.NewGuid().ToString());
    }

    internal async Task<Guid> SubmitAsync(CaseActor applicant, IReadOnlyDictionary<string, string> answers, IReadOnlyList<BundleMaterialInput> materials,
        string key, string bundle = EnterpriseOpening, IReadOnlyDictionary<string, string>? form = null)
    {
        var command = new SubmitBundleCommand(Yueyang, bundle, new CaseApplicant(applicant.Id, applicant.Name, "citizen", null), "online",
            answers, form ?? OpeningForm(), materials);
        using var scope = Host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SubmitBundle>().HandleAsync(command, applicant, key, CancellationToken.None);
    }

    /// <summary>The form a member case was submitted with, as the case module stored it.</summary>
    public async Task<Dictionary<string, string>> FormOfAsync(Guid caseId)
    {
        await using var connection = await Get<NpgsqlDataSource>().OpenConnectionAsync();
        var json = await connection.ExecuteScalarAsync<string>("SELECT form::text FROM cases.cases WHERE id = @caseId", new { caseId });
        return JsonSerializer.Deserialize<Dictionary<string, string>>(json!)!;
    }

    public async Task<BundleCaseView> AcceptAsync(Guid bundleCaseId, string windowCode = "zhck")
    {
        var view = (await Get<BundleCaseQueries>().GetAsync(bundleCaseId, CancellationToken.None))!;
        var window = await Get<IOrganisationDirectory>().FindUnitAsync(Yueyang, windowCode, CancellationToken.None);
        using var scope = Host.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AcceptBundle>().HandleAsync(bundleCaseId, view.Version, Clerk with { UnitCode = windowCode }, window,
            CancellationToken.None);
        return (await Get<BundleCaseQueries>().GetAsync(bundleCaseId, CancellationToken.None))!;
    }

    /// <summary>The member's unit completes its review and decides.</summary>
    public async Task DecideAsync(Guid caseId, bool approve)
    {
        var workflow = Get<ICaseWorkflow>();
        var view = (await Get<ICaseReader>().GetAsync(caseId, CancellationToken.None))!;
        var reviewer = Reviewer(view.HandlingUnitCode);
        view = await workflow.CompleteReviewStepAsync(caseId, view.Version, approve, approve ? "符合条件" : "不符合条件", reviewer, CancellationToken.None);
        await workflow.DecideAsync(caseId, view.Version, approve, approve ? "材料齐全，符合法定条件。" : "经审查不符合条件。",
            approve ? null : "《中华人民共和国市场主体登记管理条例》", reviewer, CancellationToken.None);
    }

    public async Task<BundleCaseView> ViewAsync(Guid id) => (await Get<BundleCaseQueries>().GetAsync(id, CancellationToken.None))!;
}
