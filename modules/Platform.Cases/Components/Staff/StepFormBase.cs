using Microsoft.AspNetCore.Components;
using Platform.Cases.Components.Pages;
using Platform.Cases.Contracts;

namespace Platform.Cases.Components.Staff;

/// <summary>
/// What every group of staff step forms takes: the case, the steps the caller may take, and what was posted with the errors
/// it had (kept after a refusal, each error next to its field).
/// </summary>
public abstract class StepFormBase : ComponentBase
{
    [Parameter, EditorRequired] public CaseView View { get; set; } = default!;
    [Parameter, EditorRequired] public IReadOnlyList<string> Steps { get; set; } = [];
    [Parameter] public EventCallback OnSubmit { get; set; }

    /// <summary>The form the person posted, when the step was refused: its fields show again as typed.</summary>
    [Parameter] public object? Posted { get; set; }

    /// <summary>The refused post's errors by field, as the API names them (<c>reasons</c>, <c>legalBasis</c>, <c>items[M01].problem</c>).</summary>
    [Parameter] public IReadOnlyDictionary<string, string[]> Errors { get; set; } = NoErrors;

    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    protected bool Has(string action) => Steps.Contains(action);

    /// <summary>The errors to show in this step's form: the refused post's, if it was this step's.</summary>
    protected IReadOnlyDictionary<string, string[]> ErrorsOf(string action) => Kept(action) is null ? NoErrors : Errors;

    /// <summary>The posted form if it was this step's, else null.</summary>
    internal CaseStepForm? Kept(string action) => Posted is CaseStepForm form && form.Action == action ? form : null;
}
