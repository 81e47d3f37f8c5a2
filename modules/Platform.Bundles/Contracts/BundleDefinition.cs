using Platform.Catalogue.Contracts;

namespace Platform.Bundles.Contracts;

/// <summary>
/// A bundle (一件事): the matters it may include, the situation questions that pick them, the one
/// combined form, the bundle's committed time limit, and what it publishes (one list, one form, one
/// chart, one guide). A version holds one of these, frozen once published.
/// </summary>
public sealed record BundleDefinition
{
    /// <summary>The bundle's stable code within its region, for example <c>qykb</c>.</summary>
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>牵头单位: the code of the unit of the region that leads the bundle.</summary>
    public string LeadUnit { get; init; } = "";

    /// <summary>The zone window (专区) that takes this bundle besides the general windows; null means general windows only.</summary>
    public string? Zone { get; init; }

    public MatterTimeLimit CommittedTimeLimit { get; init; } = new();

    /// <summary>One-paragraph guide (一说明): who it is for, how it runs, what the applicant gets.</summary>
    public string Guide { get; init; } = "";

    /// <summary>The published flow chart (一图) as mermaid text.</summary>
    public string? FlowChart { get; init; }

    public List<SituationQuestion> Questions { get; init; } = [];

    public List<BundleMember> Members { get; init; } = [];

    /// <summary>Rules that leave a member's material out unless a situation holds (materials are always-in otherwise).</summary>
    public List<MaterialRule> MaterialRules { get; init; } = [];

    public List<BundleField> Fields { get; init; } = [];
}

/// <summary>A situation question (情形) with its options; the answer is one option's value.</summary>
public sealed record SituationQuestion
{
    public string Id { get; init; } = "";
    public string Text { get; init; } = "";
    public List<SituationOption> Options { get; init; } = [];
}

public sealed record SituationOption
{
    public string Value { get; init; } = "";
    public string Label { get; init; } = "";
}

/// <summary>A matter the bundle may include (by the region's implementation code), included when <see cref="When"/> holds.</summary>
public sealed record BundleMember
{
    public string MatterCode { get; init; } = "";
    /// <summary>Question id → the answers under which this holds; every question named must match. Null or empty: always.</summary>
    public Dictionary<string, List<string>>? When { get; init; }
}

/// <summary>A material (by name, across the members) asked only when <see cref="When"/> holds.</summary>
public sealed record MaterialRule
{
    public string Material { get; init; } = "";
    /// <summary>Question id → the answers under which this holds; every question named must match. Null or empty: always.</summary>
    public Dictionary<string, List<string>>? When { get; init; }
}

/// <summary>One field of the combined form (一表), asked once and copied to each named matter's form field.</summary>
public sealed record BundleField
{
    public string Key { get; init; } = "";
    public string Label { get; init; } = "";
    public bool Required { get; init; } = true;

    /// <summary>What a value must be: <c>text</c> (any), <c>integer</c> (a whole number, e.g. a head count) or <c>number</c> (e.g. 万元); never negative.</summary>
    public string Kind { get; init; } = BundleFieldKinds.Text;

    public List<FieldTarget> Targets { get; init; } = [];
}

/// <summary>The kinds of combined-form field.</summary>
public static class BundleFieldKinds
{
    public const string Text = "text";
    public const string Integer = "integer";
    public const string Number = "number";

    public static IReadOnlyList<string> All { get; } = [Text, Integer, Number];
}

/// <summary>Where a combined-form field lands: the form field name of one member matter.</summary>
public sealed record FieldTarget
{
    public string MatterCode { get; init; } = "";
    public string Field { get; init; } = "";
}
