using Platform.Identity.Access;
using Platform.Identity.Contracts;
using Platform.Identity.Security;
using Platform.Identity.Tests.Support;
using Platform.Kernel.Modularity;

namespace Platform.Identity.Tests.Access;

/// <summary>The scope rules other modules call, checked for every role.</summary>
public sealed class AccessPolicyTests(DemoHost demo) : IClassFixture<DemoHost>
{
    private static readonly Guid Unit = Guid.NewGuid();
    private static readonly Guid OtherUnit = Guid.NewGuid();
    private static readonly Guid Applicant = Guid.NewGuid();

    private IAccessPolicy PolicyFor(Role role, string region = "320903", string? enterprise = null, Guid? userId = null) =>
        new AccessPolicy(new FixedActor(userId ?? Guid.NewGuid(), region, Unit, role, enterprise), demo.Host.Get<SecurityLog>(),
            demo.Host.Get<Deployment>());

    [Theory]
    [InlineData(Role.WindowClerk, true)]
    [InlineData(Role.DepartmentReviewer, true)]
    [InlineData(Role.DepartmentLeader, true)]
    [InlineData(Role.ParkCommitteeStaff, true)]
    [InlineData(Role.Supervisor, false)]
    [InlineData(Role.RegionAdmin, false)]
    [InlineData(Role.Applicant, false)]
    public void Should_act_on_a_case_only_when_it_is_routed_to_the_own_unit(Role role, bool expected)
    {
        var policy = PolicyFor(role);

        policy.CanActOnCase("320903", Unit).ShouldBe(expected);
        policy.CanActOnCase("320903", OtherUnit).ShouldBeFalse();
        policy.CanActOnCase("440784", Unit).ShouldBeFalse();
    }

    [Theory]
    [InlineData(Role.Supervisor, true)]
    [InlineData(Role.WindowClerk, true)]
    [InlineData(Role.RegionAdmin, true)]
    [InlineData(Role.Applicant, false)]
    public void Should_see_only_the_own_region_when_staff(Role role, bool expected)
    {
        var policy = PolicyFor(role);

        policy.CanSeeRegion("320903").ShouldBe(expected);
        policy.CanSeeRegion("440784").ShouldBeFalse();
    }

    [Fact]
    public void Should_administer_only_the_own_region_when_region_admin_and_any_when_platform_admin()
    {
        PolicyFor(Role.RegionAdmin).CanAdministerRegion("320903").ShouldBeTrue();
        PolicyFor(Role.RegionAdmin).CanAdministerRegion("440784").ShouldBeFalse();
        PolicyFor(Role.Supervisor).CanAdministerRegion("320903").ShouldBeFalse();
        PolicyFor(Role.PlatformAdmin).CanAdministerRegion("440784").ShouldBeTrue();
    }

    [Fact]
    public void Should_see_an_applicant_case_only_when_it_is_the_own_or_the_own_enterprises()
    {
        var self = PolicyFor(Role.Applicant, enterprise: "91320903MA0DEMO01X", userId: Applicant);

        self.CanSeeApplicantCase(Applicant, null).ShouldBeTrue();
        self.CanSeeApplicantCase(Guid.NewGuid(), "91320903MA0DEMO01X").ShouldBeTrue();
        self.CanSeeApplicantCase(Guid.NewGuid(), "91440784MA0DEMO01X").ShouldBeFalse();
        self.CanSeeApplicantCase(Guid.NewGuid(), null).ShouldBeFalse();
        PolicyFor(Role.WindowClerk, userId: Applicant).CanSeeApplicantCase(Applicant, null).ShouldBeFalse();
    }

    private sealed class FixedActor(Guid userId, string region, Guid unit, Role role, string? enterprise) : ICurrentActor
    {
        public bool IsAuthenticated => true;
        public Guid? UserId => userId;
        public string DisplayName => "测试";
        public string? RegionCode => region;
        public Guid? UnitId => unit;
        public IReadOnlySet<Role> Roles => new HashSet<Role> { role };
        public string? EnterpriseId => enterprise;
        public bool IsInRole(Role candidate) => candidate == role;
    }
}
