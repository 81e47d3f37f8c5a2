using Platform.Cases.Workflow;

namespace Platform.Cases.Decision;

/// <summary>The e-seal a result carries: the one routing gave the case, else the handling unit's approval seal (电子印章).</summary>
internal static class Seals
{
    public static string Of(CaseRow row) => row.SealReference ?? $"ESEAL:{row.RegionCode}:{row.HandlingUnitCode}:审批专用章";
}
