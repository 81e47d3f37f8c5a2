using Platform.Cases.Contracts;
using Platform.Empowerment.Api;
using Platform.Empowerment.Handover;

namespace Platform.Empowerment.Lists;

/// <summary>The workbench's parts, loaded for one request.</summary>
internal sealed record WorkbenchData(Programme Programme, CaseListPage Queue, Paged<AgreementView> Board,
    IReadOnlyList<PendingHandover> Pending, IReadOnlyList<BatchProgress> Batches);
