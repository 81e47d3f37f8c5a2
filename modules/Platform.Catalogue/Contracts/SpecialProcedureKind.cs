namespace Platform.Catalogue.Contracts;

/// <summary>Procedures whose time does not count toward the limit (法定不计时).</summary>
public enum SpecialProcedureKind
{
    ExpertReview,
    PublicNotice,
    Hearing,
    Survey,
    Inspection,
}
