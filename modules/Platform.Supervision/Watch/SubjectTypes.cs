namespace Platform.Supervision.Watch;

/// <summary>The deadline subject types the watch knows by name; any other type is warned about region-wide.</summary>
internal static class SubjectTypes
{
    public const string Case = "case";
    public const string DeferredMaterial = "deferred-material";
    public const string PostVerification = "post-verification";
    public const string CaseSuspension = "case-suspension";
    public const string SupervisionOrder = "supervision-order";
    public const string RectificationCallback = "rectification-callback";
    public const string RectificationFix = "rectification-fix";

    public static string Label(string subjectType) => subjectType switch
    {
        Case => "办件",
        DeferredMaterial => "容缺后补材料",
        PostVerification => "告知承诺核查",
        CaseSuspension => "特别程序（挂起）",
        SupervisionOrder => "督办单",
        RectificationCallback => "差评整改回访",
        RectificationFix => "差评整改",
        _ => "期限事项",
    };

    /// <summary>
    /// The case id a subject id starts with: a case's own id, or <c>{caseId}:{…}</c> for a deferred material, a post-verification
    /// and a suspension.
    /// </summary>
    public static Guid? CaseIdOf(string subjectType, string subjectId) => subjectType switch
    {
        Case => Guid.TryParse(subjectId, out var id) ? id : null,
        DeferredMaterial or PostVerification or CaseSuspension => Guid.TryParse(subjectId.Split(':')[0], out var id) ? id : null,
        _ => null,
    };
}
