using Microsoft.AspNetCore.Components;
using Platform.Cases.Components.Pages;
using Platform.Cases.Contracts;

namespace Platform.Cases.Components.Staff;

/// <summary>What every group of staff step forms takes: the case, the steps the caller may take, and what was posted (kept after a refusal).</summary>
public abstract class StepFormBase : ComponentBase
{
    [Parameter, EditorRequired] public CaseView View { get; set; } = default!;
    [Parameter, EditorRequired] public IReadOnlyList<string> Steps { get; set; } = [];
    [Parameter] public EventCallback OnSubmit { get; set; }

    /// <summary>The form the person posted, when the step was refused: its fields show again as typed.</summary>
    [Parameter] public object? Posted { get; set; }

    protected bool Has(string action) => Steps.Contains(action);

    /// <summary>The posted form if it was this step's, else null.</summary>
    internal CaseStepForm? Kept(string action) => Posted is CaseStepForm form && form.Action == action ? form : null;
}
