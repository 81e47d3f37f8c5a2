using Autofac;
using Platform.Kernel.Audit;
using Platform.Kernel.Cli;
using Platform.Kernel.Database;
using Platform.Kernel.Modularity;
using Platform.Kernel.Time;

namespace Platform.Kernel;

/// <summary>The kernel: clock, transactions, audit trail. Owns the <c>platform</c> schema.</summary>
public sealed class KernelModule : PlatformModule
{
    public override string Schema => "platform";

    public override string Title => "内核";

    protected override void Load(ContainerBuilder builder)
    {
        DapperConventions.Apply();
        builder.RegisterInstance(TimeProvider.System).As<TimeProvider>().IfNotRegistered(typeof(TimeProvider));
        builder.RegisterType<SystemClock>().As<IClock>().SingleInstance().IfNotRegistered(typeof(IClock));
        builder.RegisterType<TransactionRunner>().As<ITransactionRunner>().SingleInstance();
        builder.RegisterType<AuditTrail>().As<IAuditTrail>().SingleInstance();
        builder.RegisterType<Migrator>().AsSelf().SingleInstance();
        builder.RegisterType<AuditVerifyVerb>().As<ICliVerb>().SingleInstance();
    }
}
