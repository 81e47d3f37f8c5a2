using Platform.Kernel.Modularity;

namespace Platform.Kernel.Tests.Modularity;

public sealed class ModuleGraphTests
{
    [Fact]
    public void Should_put_every_module_after_its_dependencies_when_listed_in_any_order()
    {
        var ordered = ModuleGraph.Order([new CasesModule(), new CalendarModule(), new BaseModule()]);

        ordered.Select(m => m.Name).ShouldBe(["Base", "Calendar", "Cases"]);
    }

    [Fact]
    public void Should_keep_the_listed_order_when_dependencies_leave_a_choice()
    {
        var ordered = ModuleGraph.Order([new BaseModule(), new OtherModule(), new CalendarModule()]);

        ordered.Select(m => m.Name).ShouldBe(["Base", "Other", "Calendar"]);
    }

    [Fact]
    public void Should_name_the_cycle_when_modules_depend_on_each_other()
    {
        var error = Should.Throw<ModuleGraphException>(() => ModuleGraph.Order([new LoopAModule(), new LoopBModule()]));

        error.Message.ShouldContain("cycle");
        error.Message.ShouldContain("LoopA -> LoopB -> LoopA");
    }

    [Fact]
    public void Should_name_both_modules_when_a_dependency_is_not_loaded()
    {
        var error = Should.Throw<ModuleGraphException>(() => ModuleGraph.Order([new CasesModule(), new CalendarModule()]));

        error.Message.ShouldBe("Module Calendar depends on Base, which is not loaded.");
    }

    [Fact]
    public void Should_refuse_the_same_module_twice()
    {
        Should.Throw<ModuleGraphException>(() => ModuleGraph.Order([new BaseModule(), new BaseModule()]))
            .Message.ShouldContain("twice");
    }

    private sealed class BaseModule : PlatformModule
    {
        public override string Schema => "base";
    }

    private sealed class OtherModule : PlatformModule
    {
        public override string Schema => "other";
    }

    [DependsOn(typeof(BaseModule))]
    private sealed class CalendarModule : PlatformModule
    {
        public override string Schema => "calendar";
    }

    [DependsOn(typeof(CalendarModule), typeof(BaseModule))]
    private sealed class CasesModule : PlatformModule
    {
        public override string Schema => "cases";
    }

    [DependsOn(typeof(LoopBModule))]
    private sealed class LoopAModule : PlatformModule
    {
        public override string Schema => "a";
    }

    [DependsOn(typeof(LoopAModule))]
    private sealed class LoopBModule : PlatformModule
    {
        public override string Schema => "b";
    }
}
