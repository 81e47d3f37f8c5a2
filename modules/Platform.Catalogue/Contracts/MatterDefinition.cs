using YamlDotNet.Serialization;

namespace Platform.Catalogue.Contracts;

/// <summary>
/// Everything a matter publishes (field names follow the national exchange tables where they exist:
/// catalog_code, task_code, task_handle_item, anticipate_day, promise_day, limit_scene_num, ...).
/// A version holds one of these, frozen once published.
/// </summary>
public sealed record MatterDefinition
{
    /// <summary>基本编码 (catalog_code): twelve digits.</summary>
    public string CatalogCode { get; init; } = "";

    /// <summary>实施编码 (task_code): the implementing body's 18-character credit code followed by the basic code.</summary>
    public string Code { get; init; } = "";

    /// <summary>业务办理项编码 (task_handle_item): the implementation code followed by three digits.</summary>
    public string? HandleItemCode { get; init; }

    public string Name { get; init; } = "";
    public MatterType Type { get; init; } = MatterType.AdministrativeLicence;

    /// <summary>实施主体: the code of an organisation unit of the region.</summary>
    public string Department { get; init; } = "";

    /// <summary>委托部门 (entrust_name), when the implementing body acts for another.</summary>
    public string? DelegatingBody { get; init; }

    public string? PowerSource { get; init; }
    public MatterTimeLimit? LegalTimeLimit { get; init; }
    public MatterTimeLimit CommittedTimeLimit { get; init; } = new();
    public ProcessingKind Processing { get; init; } = ProcessingKind.Committed;
    public List<string> Conditions { get; init; } = [];
    public List<MaterialDefinition> Materials { get; init; } = [];
    public List<FeeItem> Fees { get; init; } = [];
    public OnlineDepth OnlineDepth { get; init; } = OnlineDepth.OnlineApplication;
    public bool ZeroVisit { get; init; }

    /// <summary>到现场次数 (limit_scene_num).</summary>
    public int VisitsRequired { get; init; }

    public List<DeliveryMethod> DeliveryMethods { get; init; } = [];
    public bool NotificationCommitment { get; init; }

    /// <summary>
    /// 核查时限: how long after a decision on the applicant's commitment (告知承诺) the commitment must be verified; null takes
    /// the platform's default (<c>Cases:PostVerificationWorkingDays</c>).
    /// </summary>
    public MatterTimeLimit? VerificationTimeLimit { get; init; }

    /// <summary>核查单位: the unit that verifies the commitment; null: the implementing body (<see cref="Department"/>).</summary>
    public string? VerifyingDepartment { get; init; }

    public bool TolerantAcceptance { get; init; }
    public List<SpecialProcedure> SpecialProcedures { get; init; } = [];
    public List<string> LegalBasis { get; init; } = [];

    /// <summary>The published flow chart as mermaid text (flowchart TD ...).</summary>
    public string? FlowChart { get; init; }

    /// <summary>收费 (is_fee): some fee is due and not waived. Derived, so YAML does not carry it.</summary>
    [YamlIgnore]
    public bool Charged => Fees.Any(f => !f.Waived);
}
