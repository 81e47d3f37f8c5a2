namespace Platform.Empowerment.Handover;

internal enum HandoverState
{
    /// <summary>Started: the department trains the park's staff (培训) before anything is signed.</summary>
    Training,

    /// <summary>Training done; the agreement waits for signatures.</summary>
    Trained,

    /// <summary>Signed: records within 5 days, system access within 3 days.</summary>
    Signed,

    /// <summary>Everything handed over; the park holds the powers from the effective instant.</summary>
    Effective,
}
