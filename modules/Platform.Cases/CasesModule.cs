using Autofac;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Cases.Api;
using Platform.Calendar;
using Platform.Catalogue;
using Platform.Calendar.Contracts;
using Platform.Cases.Contracts;
using Platform.Cases.Correction;
using Platform.Cases.Domain;
using Platform.Cases.Credit;
using Platform.Cases.Decision;
using Platform.Cases.Delivery;
using Platform.Cases.Files;
using Platform.Cases.Intake;
using Platform.Cases.Licences;
using Platform.Cases.Materials;
using Platform.Cases.Review;
using Platform.Cases.Submission;
using Platform.Cases.Tracking;
using Platform.Cases.Workflow;
using Platform.Identity;
using Platform.Identity.Contracts;
using Platform.Kernel;
using Platform.Kernel.Modularity;

namespace Platform.Cases;

/// <summary>The case lifecycle (办件): intake, tolerant acceptance, commitment, review, decision, delivery. Owns the <c>cases</c> schema.</summary>
[DependsOn(typeof(KernelModule), typeof(CalendarModule), typeof(IdentityModule), typeof(CatalogueModule))]
public sealed class CasesModule : PlatformModule
{
    public override string Schema => "cases";

    public override string Title => "办件";

    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterInstance(CasesOptions.From(Context.Configuration));
        builder.RegisterInstance(FileStoreOptions.From(Context.Configuration));
        builder.RegisterSingletonsAsSelf(
            typeof(CaseStore), typeof(CaseTimeline), typeof(FileViews), typeof(CaseSteps), typeof(CaseClock), typeof(MaterialStore), typeof(FileStore),
            typeof(LicenceLibrary), typeof(CreditList), typeof(SubmitCase), typeof(RegionSubmissionGate), typeof(AcceptCase), typeof(RejectAtIntake),
            typeof(CorrectionSteps), typeof(ReviewSteps), typeof(DecideCase), typeof(DeliverResult), typeof(ChooseDelivery), typeof(SupplyDeferredMaterial),
            typeof(CaseQueries), typeof(CaseLists), typeof(CaseAccess), typeof(Components.Pages.CaseStepRunner), typeof(Components.Pages.OnlineServiceRunner),
            typeof(Sharing.SharedMaterials), typeof(CourierOrders), typeof(DeliveryOutcome), typeof(Payments.PaymentOrders),
            typeof(Payments.CasePayments), typeof(Payments.PaymentReconciliation), typeof(Signing.CaseSignatures),
            typeof(Withdrawal.WithdrawCase), typeof(Withdrawal.RevokeDecision), typeof(CaseTracking),
            typeof(Verification.PostVerifications), typeof(Review.Suspensions), typeof(Verification.RecordVerification), typeof(Verification.VerificationQueue));
        builder.RegisterSingletonsAsSelf(typeof(Components.Applicant.ApplicantUploadRunner), typeof(Api.ApplicationInput));
        builder.RegisterType<CaseSubmissions>().As<ICaseSubmissions>().SingleInstance();
        builder.RegisterType<CaseWorkflow>().As<ICaseWorkflow>().SingleInstance();
        builder.Register(c => c.Resolve<CreditList>()).As<IDishonestList>().SingleInstance();
        builder.RegisterType<CaseFiles>().As<ICaseFiles>().SingleInstance();
        builder.RegisterType<Transfer.CaseTransfer>().As<ICaseTransfer>().SingleInstance();
        builder.Register(c => c.Resolve<CaseQueries>()).As<ICaseReader>().SingleInstance();
        builder.RegisterType<CatalogueMatterTerms>().As<IMatterTermsSource>().SingleInstance();
        builder.RegisterType<CaseDeadlineObserver>().As<IDeadlineObserver>().SingleInstance();
        foreach (var copy in DueDateCopy.All) builder.RegisterInstance(copy).As<IDeadlineObserver>();
        builder.RegisterType<Menu.CasesMenu>().As<IMenuContributor>().SingleInstance();
        builder.RegisterType<ApprovedEnterpriseList>().As<IApprovedEnterprises>().SingleInstance();
        builder.RegisterType<ChannelCounts>().As<IChannelCounts>().SingleInstance();
        // Local stand-ins for the province's payment platform and signature service; a deployment registers its own after these.
        builder.RegisterType<Payments.LocalPaymentProvider>().AsSelf().As<IPaymentProvider>().SingleInstance();
        builder.RegisterType<Signing.LocalSigner>().As<IElectronicSigner>().SingleInstance();
    }

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddHostedService<FileSweep>();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapCaseApi();
}
