namespace Platform.Plugins.Yandu.NoFace;

/// <summary>
/// One entry of the 不见面审批清单 with what the programme says each entry publishes: department, item and sub-item,
/// conditions (办理要件), materials with templates, process, time limit, fees, and the conditions for handling it online.
/// </summary>
internal sealed record NoFaceEntry(
    string MatterCode,
    string Name,
    string? SubItemCode,
    string DepartmentCode,
    string DepartmentName,
    IReadOnlyList<string> Conditions,
    IReadOnlyList<NoFaceMaterial> Materials,
    IReadOnlyList<string> Process,
    string? FlowChart,
    string CommittedTimeLimit,
    string? LegalTimeLimit,
    IReadOnlyList<NoFaceFee> Fees,
    NoFaceOnline Online);

/// <summary>A material: whether needed, its form and copies, the form template, and whether shared data supplies it (免提交).</summary>
internal sealed record NoFaceMaterial(string Name, string Requirement, string? Condition, string Form, int Copies, string? Template, string Source,
    bool SuppliedBySharing);

internal sealed record NoFaceFee(string Name, string Standard, bool Waived, string? Basis);

/// <summary>具备网上审批的条件和要求: the online depth, visits, zero-visit, and how the result arrives.</summary>
internal sealed record NoFaceOnline(string Depth, string DepthName, bool ZeroVisit, int VisitsRequired, IReadOnlyList<string> DeliveryMethods,
    string Requirement);
