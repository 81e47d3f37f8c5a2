using Platform.Catalogue.Contracts;
using Platform.Catalogue.Matters;

namespace Platform.Catalogue.Exchange.Xlsx;

/// <summary>The 事项 sheet: one row per matter, headers with the national exchange field names.</summary>
internal static class MatterColumns
{
    public const string Sheet = "事项";

    public static readonly IReadOnlyList<Column<MatterDefinition>> All =
    [
        new("基本编码(catalog_code)", "catalogCode", m => m.CatalogCode, (m, v) => m with { CatalogCode = v.Trim() }),
        new("实施编码(task_code)", "code", m => m.Code, (m, v) => m with { Code = v.Trim() }),
        new("业务办理项编码(task_handle_item)", "handleItemCode", m => m.HandleItemCode, (m, v) => m with { HandleItemCode = Cells.Optional(v.Trim()) }),
        new("事项名称", "name", m => m.Name, (m, v) => m with { Name = v }),
        new("事项类型(task_type)", "type", m => Labels.Types[m.Type], (m, v) => m with { Type = Cells.Coded(v, Labels.Types) }),
        new("实施主体编码(dept)", "department", m => m.Department, (m, v) => m with { Department = v.Trim() }),
        new("委托部门(entrust_name)", "delegatingBody", m => m.DelegatingBody, (m, v) => m with { DelegatingBody = Cells.Optional(v) }),
        new("权力来源(power_source)", "powerSource", m => m.PowerSource, (m, v) => m with { PowerSource = Cells.Optional(v) }),
        .. LimitColumns.For<MatterDefinition>("法定时限(anticipate_day)", "legalTimeLimit", m => m.LegalTimeLimit, (m, l) => m with { LegalTimeLimit = l }),
        .. LimitColumns.For<MatterDefinition>("承诺时限(promise_day)", "committedTimeLimit", m => m.CommittedTimeLimit,
            (m, l) => m with { CommittedTimeLimit = l ?? new MatterTimeLimit() }),
        new("办件类型(project_type)", "processing", m => Labels.Processing[m.Processing], (m, v) => m with { Processing = Cells.Coded(v, Labels.Processing) }),
        new("受理条件", "conditions", m => string.Join('\n', m.Conditions), (m, v) => m with { Conditions = Cells.Lines(v) }),
        new("网办深度(online_handle_depth)", "onlineDepth", m => Labels.Depths[m.OnlineDepth], (m, v) => m with { OnlineDepth = Cells.Coded(v, Labels.Depths) }),
        new("零跑动", "zeroVisit", m => Labels.YesNo(m.ZeroVisit), (m, v) => m with { ZeroVisit = Cells.YesNo(v) }),
        new("到现场次数(limit_scene_num)", "visitsRequired", m => m.VisitsRequired.ToString(), (m, v) => m with { VisitsRequired = Cells.Int(v) }),
        new("送达方式", "deliveryMethods", m => string.Join('、', m.DeliveryMethods.Select(d => Labels.Deliveries[d])),
            (m, v) => m with { DeliveryMethods = Cells.CodedList(v, Labels.Deliveries) }),
        new("告知承诺制", "notificationCommitment", m => Labels.YesNo(m.NotificationCommitment), (m, v) => m with { NotificationCommitment = Cells.YesNo(v) }),
        new("容缺受理", "tolerantAcceptance", m => Labels.YesNo(m.TolerantAcceptance), (m, v) => m with { TolerantAcceptance = Cells.YesNo(v) }),
        new("设定依据", "legalBasis", m => string.Join('\n', m.LegalBasis), (m, v) => m with { LegalBasis = Cells.Lines(v) }),
        new("流程图(mermaid)", "flowChart", m => m.FlowChart, (m, v) => m with { FlowChart = Cells.Optional(v) }),
    ];
}
