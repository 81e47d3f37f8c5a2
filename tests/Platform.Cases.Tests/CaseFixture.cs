using Platform.Cases.Contracts;
using System.Text;
using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Platform.Cases.Domain;
using Platform.Cases.Files;
using Platform.Cases.Submission;
using Platform.Cases.Workflow;
using Platform.Kernel.Time;
using Platform.Testing;

namespace Platform.Cases.Tests;

/// <summary>A real host on its own database, with a clock the test moves and the test matters.</summary>
internal sealed class CaseFixture : IAsyncDisposable
{
    public static readonly CaseActor Clerk = new("clerk-hs", "窗口张敏", "440784", "zhck");
    public static readonly CaseActor Reviewer = new("reviewer-hs", "自然资源局李强", "440784", "zrzy");
    public static readonly CaseActor Applicant = new("applicant-1", "鹤山市宏达实业有限公司", "440784", null);

    private CaseFixture(PlatformTestHost host, TestClock clock)
    {
        Host = host;
        Clock = clock;
    }

    public PlatformTestHost Host { get; }
    public TestClock Clock { get; }

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    public static async Task<CaseFixture> StartAsync(DateTimeOffset now)
    {
        var clock = new TestClock(now);
        var host = await PlatformTestHost.StartAsync("demo", builder =>
        {
            builder.RegisterInstance(clock).As<IClock>();
            builder.RegisterType<TestMatters>().As<IMatterTermsSource>().SingleInstance();
        });
        return new CaseFixture(host, clock);
    }

    public async Task<Guid> UploadAsync(CaseActor by, string name = "申请表.pdf") =>
        (await Get<FileStore>().SaveAsync(new MemoryStream(Encoding.UTF8.GetBytes($"%PDF-1.7 {name} {Guid.NewGuid()}")), name,
            "application/pdf", by.Id, CancellationToken.None)).Id;

    /// <summary>Submits an application with files for the given material codes.</summary>
    public async Task<CaseRow> SubmitAsync(MatterTerms matter, params string[] materialCodes)
    {
        var materials = new List<SubmittedMaterial>();
        foreach (var code in materialCodes) materials.Add(new SubmittedMaterial(code, await UploadAsync(Applicant), null));
        var (row, _) = await Get<SubmitCase>().HandleAsync(Command(matter, materials), Applicant, Guid.NewGuid().ToString(), CancellationToken.None);
        return row;
    }

    public static SubmitCaseCommand Command(MatterTerms matter, IReadOnlyList<SubmittedMaterial> materials) =>
        new(matter.RegionCode, matter.Code, new ApplicantDetails(Applicant.Id, Applicant.Name, "enterprise", "91440784MA5TEST01X"),
            "online", """{"项目名称":"宏达厂房"}""", materials);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
