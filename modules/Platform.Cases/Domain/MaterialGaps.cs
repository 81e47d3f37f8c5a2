namespace Platform.Cases.Domain;

/// <summary>The required materials a case still lacks, split by whether tolerant acceptance may defer them.</summary>
internal sealed record MaterialGaps(IReadOnlyList<MaterialTerms> MissingCore, IReadOnlyList<MaterialTerms> MissingNonCore)
{
    public bool Complete => MissingCore.Count == 0 && MissingNonCore.Count == 0;

    public static MaterialGaps Of(MatterTerms matter, IReadOnlySet<string> satisfiedCodes)
    {
        var missing = matter.Materials.Where(m => m.Required && !satisfiedCodes.Contains(m.Code)).ToList();
        return new MaterialGaps(missing.Where(m => m.Core).ToList(), missing.Where(m => !m.Core).ToList());
    }
}
