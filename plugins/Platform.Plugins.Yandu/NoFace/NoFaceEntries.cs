using System.Text.RegularExpressions;
using Platform.Catalogue.Contracts;

namespace Platform.Plugins.Yandu.NoFace;

/// <summary>Builds a list entry from a published matter; which matters qualify (zero visits, or fully online).</summary>
internal static partial class NoFaceEntries
{
    public static bool Qualifies(MatterDefinition matter) => matter.ZeroVisit || matter.OnlineDepth == OnlineDepth.FullyOnline;

    public static NoFaceEntry From(MatterDefinition m, string departmentName) => new(
        m.Code, m.Name, m.HandleItemCode, m.Department, departmentName, m.Conditions,
        m.Materials.Select(x => new NoFaceMaterial(x.Name, Requirement(x.Requirement), x.Condition, Form(x.Form), x.Copies, x.Template,
            Source(x), x.Source is MaterialSource.SharedELicence or MaterialSource.OtherDepartment)).ToList(),
        Steps(m.FlowChart), m.FlowChart, Limit(m.CommittedTimeLimit), m.LegalTimeLimit is null ? null : Limit(m.LegalTimeLimit),
        m.Fees.Select(f => new NoFaceFee(f.Name, f.Standard, f.Waived, f.Basis)).ToList(),
        new NoFaceOnline(m.OnlineDepth.ToString(), DepthName(m.OnlineDepth), m.ZeroVisit, m.VisitsRequired,
            m.DeliveryMethods.Select(DeliveryName).ToList(), OnlineRequirement(m)));

    /// <summary>The process steps in the order the flow chart declares its nodes (S0[网上申请] …).</summary>
    public static IReadOnlyList<string> Steps(string? flowChart) =>
        flowChart is null ? [] : Node().Matches(flowChart).Select(match => match.Groups[1].Value.Trim()).Distinct().ToList();

    private static string Limit(MatterTimeLimit limit) =>
        $"{limit.Amount}{(limit.Unit == Platform.Calendar.Contracts.TimeLimitUnit.WorkingDays ? "个工作日" : "个自然日")}";

    private static string OnlineRequirement(MatterDefinition m) =>
        (m.ZeroVisit ? "全程网上办理，零跑动；" : $"最多跑 {m.VisitsRequired} 次；")
        + "通过政务服务网实名认证后在线提交申请和电子材料，在线签署申请书，"
        + (m.Charged ? "在线缴费，" : "不收费，")
        + "结果" + string.Join("或", m.DeliveryMethods.Select(DeliveryName)) + "。";

    private static string DepthName(OnlineDepth depth) => depth switch
    {
        OnlineDepth.OnlineConsultation => "一级：网上咨询",
        OnlineDepth.OnlineApplication => "二级：网上申请",
        OnlineDepth.OnlinePreReview => "三级：网上预审",
        OnlineDepth.FullyOnline => "四级：全程网办",
        _ => depth.ToString(),
    };

    private static string DeliveryName(DeliveryMethod method) => method switch
    {
        DeliveryMethod.Window => "窗口领取",
        DeliveryMethod.Courier => "快递送达",
        DeliveryMethod.OnlinePush => "网端推送",
        DeliveryMethod.Agent => "代办送达",
        _ => method.ToString(),
    };

    private static string Requirement(MaterialRequirement requirement) => requirement == MaterialRequirement.Required ? "必要" : "视情形提交";

    private static string Form(MaterialForm form) => form switch
    {
        MaterialForm.Electronic => "电子件",
        MaterialForm.Original => "原件",
        MaterialForm.Copy => "复印件",
        MaterialForm.OriginalAndCopy => "原件及复印件",
        _ => form.ToString(),
    };

    private static string Source(MaterialDefinition material) => material.Source switch
    {
        MaterialSource.SharedELicence => $"电子证照共享（{material.LicenceType}），免提交",
        MaterialSource.OtherDepartment => $"部门数据共享（{material.Issuer}），免提交",
        MaterialSource.Intermediary => $"中介机构出具（{material.Issuer}）",
        _ => "申请人自备",
    };

    [GeneratedRegex(@"\w+\[([^\]]+)\]")]
    private static partial Regex Node();
}
