namespace Platform.Empowerment.Handover;

/// <summary>The steps of a handover agreement, in the order the programme sets (records and access may come in either order).</summary>
internal enum HandoverStep
{
    Training,
    Sign,
    Records,
    Access,
    Effective,
}
