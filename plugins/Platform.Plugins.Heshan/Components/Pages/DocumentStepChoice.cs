using Platform.Plugins.Heshan.Contracts;
using Platform.Plugins.Heshan.Documents;

namespace Platform.Plugins.Heshan.Components.Pages;

/// <summary>Which step form, if any, the signed-in user may fill on a document: their unit's open step.</summary>
internal sealed record DocumentStepChoice(string Stage, string Title, string? Choice, string TextLabel)
{
    public static DocumentStepChoice? For(DocumentView view, string? unitCode, bool isLeader)
    {
        var open = view.Steps.FirstOrDefault(s => s.UnitCode == unitCode && s.OpenedAt is not null && s.CompletedAt is null
                                                 && (s.Stage != DocumentStates.SignOffStage || isLeader));
        return open?.Stage switch
        {
            DocumentStates.OpinionStage => new DocumentStepChoice(open.Stage, "出具本单位意见", "同意", "意见"),
            DocumentStates.SignOffStage => new DocumentStepChoice(open.Stage, "领导签批", "同意并交办", "签批意见"),
            DocumentStates.ActionStage => new DocumentStepChoice(open.Stage, "报告落实情况", null, "落实情况"),
            _ => null,
        };
    }
}
