namespace Platform.Cases.Domain;

/// <summary>How a material stands on a case.</summary>
internal enum MaterialStatus
{
    /// <summary>An uploaded file.</summary>
    Provided,

    /// <summary>Satisfied by an e-licence in the applicant's library; no upload needed.</summary>
    ELicence,

    Missing,

    /// <summary>Missing non-core material accepted on a commitment letter, due by a deadline (容缺后补).</summary>
    Deferred,

    /// <summary>A deferred material that arrived.</summary>
    Supplied,

    /// <summary>Satisfied by shared data (the province e-licence library, another department's record); never asked for.</summary>
    Shared,
}
