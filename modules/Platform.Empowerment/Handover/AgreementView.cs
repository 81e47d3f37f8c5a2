namespace Platform.Empowerment.Handover;

/// <summary>An agreement as the board and the API show it: state, each step with its time and deadline, the text, the transfer's tallies.</summary>
internal sealed record AgreementView(Guid Id, string RegionCode, string DepartmentCode, string DepartmentName, int BatchNumber, string BatchName,
    string State, string StateName, int Version, IReadOnlyList<HandoverStepView> Steps, IReadOnlyList<string> Matters, string? AgreementText,
    TransferView? Transfer);
