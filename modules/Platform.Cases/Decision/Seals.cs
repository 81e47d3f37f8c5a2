using Platform.Cases.Workflow;

namespace Platform.Cases.Decision;

/// <summary>The e-seal a result carries: the handling unit's approval seal (电子印章) reference.</summary>
internal static class Seals
{
    public static string Of(CaseRow row) => $"ESEAL:{row.RegionCode}:{row.HandlingUnitCode}:审批专用章";
}
