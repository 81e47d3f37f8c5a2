using Platform.Catalogue.Contracts;

namespace Platform.Catalogue.Tests;

/// <summary>Valid definitions for 鹤山 (440784) with codes of their own, so each test owns its matters.</summary>
internal static class TestMatters
{
    public const string Region = "440784";
    public const string CreditCode = "11440784MB9999999X";

    private static int serial = 800000;

    public static string NewCatalogCode() => $"000{Interlocked.Increment(ref serial):D9}";

    public static MatterDefinition Valid(string? catalogCode = null)
    {
        var catalog = catalogCode ?? NewCatalogCode();
        return new MatterDefinition
        {
            CatalogCode = catalog,
            Code = CreditCode + catalog,
            HandleItemCode = CreditCode + catalog + "001",
            Name = "测试用建设工程规划许可",
            Type = MatterType.AdministrativeLicence,
            Department = "zrzy",
            LegalTimeLimit = MatterTimeLimit.WorkingDays(15, "法定时限"),
            CommittedTimeLimit = MatterTimeLimit.WorkingDays(3, "承诺时限"),
            Conditions = ["已取得建设用地规划许可证"],
            Materials =
            [
                new MaterialDefinition { Name = "申请表", Core = true, Template = "申请表.docx" },
                new MaterialDefinition
                {
                    Name = "设计方案", Source = MaterialSource.Intermediary, Issuer = "设计单位", Form = MaterialForm.Copy, Copies = 2,
                    DeferredSupply = MatterTimeLimit.WorkingDays(10),
                },
                new MaterialDefinition { Name = "营业执照", Source = MaterialSource.SharedELicence, LicenceType = "营业执照", Form = MaterialForm.Electronic },
                new MaterialDefinition { Name = "授权委托书", Requirement = MaterialRequirement.Conditional, Condition = "委托办理的" },
            ],
            Fees = [new FeeItem { Name = "工本费", Standard = "不收费", Waived = true }],
            OnlineDepth = OnlineDepth.OnlinePreReview,
            VisitsRequired = 1,
            DeliveryMethods = [DeliveryMethod.Window, DeliveryMethod.Courier],
            TolerantAcceptance = true,
            SpecialProcedures = [new SpecialProcedure { Kind = SpecialProcedureKind.PublicNotice, Name = "批前公示", Limit = MatterTimeLimit.WorkingDays(5) }],
            LegalBasis = ["《中华人民共和国城乡规划法》第四十条"],
            FlowChart = "flowchart TD\n    A[受理] --> B[审查]\n    B --> C[决定]\n",
        };
    }
}
