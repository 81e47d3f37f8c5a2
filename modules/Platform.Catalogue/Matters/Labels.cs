using Platform.Calendar.Contracts;
using Platform.Catalogue.Contracts;

namespace Platform.Catalogue.Matters;

/// <summary>The Chinese a county admin and an applicant read for each coded value; spreadsheets use it both ways.</summary>
internal static class Labels
{
    public static readonly IReadOnlyDictionary<MatterType, string> Types = new Dictionary<MatterType, string>
    {
        [MatterType.AdministrativeLicence] = "行政许可",
        [MatterType.AdministrativeConfirmation] = "行政确认",
        [MatterType.AdministrativePayment] = "行政给付",
        [MatterType.AdministrativeAward] = "行政奖励",
        [MatterType.AdministrativeRuling] = "行政裁决",
        [MatterType.OtherAdministrativePower] = "其他行政权力",
        [MatterType.PublicService] = "公共服务",
    };

    public static readonly IReadOnlyDictionary<OnlineDepth, string> Depths = new Dictionary<OnlineDepth, string>
    {
        [OnlineDepth.OnlineConsultation] = "一级（网上咨询）",
        [OnlineDepth.OnlineApplication] = "二级（网上申请）",
        [OnlineDepth.OnlinePreReview] = "三级（网上预审）",
        [OnlineDepth.FullyOnline] = "四级（全程网办）",
    };

    public static readonly IReadOnlyDictionary<ProcessingKind, string> Processing = new Dictionary<ProcessingKind, string>
    {
        [ProcessingKind.Immediate] = "即办件",
        [ProcessingKind.Committed] = "承诺件",
    };

    public static readonly IReadOnlyDictionary<DeliveryMethod, string> Deliveries = new Dictionary<DeliveryMethod, string>
    {
        [DeliveryMethod.Window] = "窗口领取",
        [DeliveryMethod.Courier] = "快递送达",
        [DeliveryMethod.OnlinePush] = "网端推送",
        [DeliveryMethod.Agent] = "代办送达",
    };

    public static readonly IReadOnlyDictionary<MaterialRequirement, string> Requirements = new Dictionary<MaterialRequirement, string>
    {
        [MaterialRequirement.Required] = "必要",
        [MaterialRequirement.Conditional] = "情形必要",
    };

    public static readonly IReadOnlyDictionary<MaterialForm, string> Forms = new Dictionary<MaterialForm, string>
    {
        [MaterialForm.Original] = "原件",
        [MaterialForm.Copy] = "复印件",
        [MaterialForm.OriginalAndCopy] = "原件和复印件",
        [MaterialForm.Electronic] = "电子件",
    };

    public static readonly IReadOnlyDictionary<MaterialSource, string> Sources = new Dictionary<MaterialSource, string>
    {
        [MaterialSource.Applicant] = "申请人自备",
        [MaterialSource.SharedELicence] = "电子证照共享",
        [MaterialSource.OtherDepartment] = "其他部门出具",
        [MaterialSource.Intermediary] = "中介机构出具",
    };

    public static readonly IReadOnlyDictionary<SpecialProcedureKind, string> Procedures = new Dictionary<SpecialProcedureKind, string>
    {
        [SpecialProcedureKind.ExpertReview] = "专家评审",
        [SpecialProcedureKind.PublicNotice] = "公示",
        [SpecialProcedureKind.Hearing] = "听证",
        [SpecialProcedureKind.Survey] = "现场勘查",
        [SpecialProcedureKind.Inspection] = "检验检测",
    };

    public static readonly IReadOnlyDictionary<TimeLimitUnit, string> Units = new Dictionary<TimeLimitUnit, string>
    {
        [TimeLimitUnit.WorkingDays] = "个工作日",
        [TimeLimitUnit.CalendarDays] = "个自然日",
        [TimeLimitUnit.Hours] = "小时",
    };

    public static string Of(MatterTimeLimit? limit) => limit is null ? "—" : $"{limit.Amount}{Units[limit.Unit]}";

    public static string YesNo(bool value) => value ? "是" : "否";
}
