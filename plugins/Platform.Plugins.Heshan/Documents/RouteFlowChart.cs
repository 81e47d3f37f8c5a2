using System.Net;
using System.Text;
using Platform.Plugins.Heshan.Contracts;
using Platform.Plugins.Heshan.Shared;

namespace Platform.Plugins.Heshan.Documents;

/// <summary>
/// Draws a document's route as SVG on the server: filing → the departments in parallel → sign-off →
/// hand-down → done. A node is green when done, coloured by its deadline while the unit holds it
/// (正常, 预警, 今日到期, 逾期, with the words as well as the colour), grey while not yet reached.
/// </summary>
internal static class RouteFlowChart
{
    private const int BoxWidth = 190, BoxHeight = 70, ColumnGap = 50, RowGap = 16, Margin = 10;

    public static string Render(DocumentView document)
    {
        var opinions = document.Steps.Where(s => s.Stage == DocumentStates.OpinionStage).ToList();
        var rows = Math.Max(opinions.Count, 1);
        var height = Margin * 2 + rows * BoxHeight + (rows - 1) * RowGap;
        var width = Margin * 2 + 5 * BoxWidth + 4 * ColumnGap;
        var middle = (height - BoxHeight) / 2;
        var svg = new StringBuilder();
        svg.Append($"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" aria-labelledby="route-title" class="route-chart">""");
        svg.Append($"""<title id="route-title">{Text(document.Number)}流转图：{Text(document.StateName)}</title>""");
        svg.Append("""<defs><marker id="route-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M 0 0 L 10 5 L 0 10 z" fill="#8a99ab"/></marker></defs>""");

        Node(svg, Column(0), middle, "filed", "Normal", "发文", document.FilingUnit, $"{Instants.Local(document.FiledAt)} 已发起", null);
        for (var i = 0; i < opinions.Count; i++)
        {
            var y = Margin + i * (BoxHeight + RowGap);
            Edge(svg, Column(0) + BoxWidth, middle + BoxHeight / 2, Column(1), y + BoxHeight / 2);
            Edge(svg, Column(1) + BoxWidth, y + BoxHeight / 2, Column(2), middle + BoxHeight / 2);
            Step(svg, Column(1), y, opinions[i]);
        }

        Step(svg, Column(2), middle, document.Steps.Single(s => s.Stage == DocumentStates.SignOffStage));
        Edge(svg, Column(2) + BoxWidth, middle + BoxHeight / 2, Column(3), middle + BoxHeight / 2);
        Step(svg, Column(3), middle, document.Steps.Single(s => s.Stage == DocumentStates.ActionStage));
        Edge(svg, Column(3) + BoxWidth, middle + BoxHeight / 2, Column(4), middle + BoxHeight / 2);
        var finished = document.State is DocumentStates.Done or DocumentStates.NotApproved;
        Node(svg, Column(4), middle, finished ? "done" : "waiting", "Normal", finished ? document.StateName : "办结", "", finished ? "流程结束" : "未到达", null);
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static int Column(int index) => Margin + index * (BoxWidth + ColumnGap);

    private static void Step(StringBuilder svg, int x, int y, DocumentStepView step)
    {
        var title = $"{DocumentStates.StageName(step.Stage)}：{step.UnitName}";
        if (step.CompletedAt is { } done)
        {
            var verdict = step.Agrees switch { true => "同意", false => "不同意", null => "已落实" };
            var late = step.Deadline?.Late == true ? "（超时）" : "";
            Node(svg, x, y, "done", step.Deadline?.Late == true ? "Overdue" : "Normal", title, step.UnitCode, $"{verdict}{late} {Instants.Local(done)}",
                step.SealReference is null ? null : "已加盖电子印章");
        }
        else if (step.Deadline is { } deadline)
        {
            var status = deadline.Warning switch
            {
                "Yellow" => $"预警 剩余{deadline.RemainingWorkingDays}个工作日",
                "Red" => "今日到期",
                "Overdue" => $"逾期 {-deadline.RemainingWorkingDays}个工作日",
                _ => $"办理中 剩余{deadline.RemainingWorkingDays}个工作日",
            };
            Node(svg, x, y, "holding", deadline.Warning, title, step.UnitCode, status, $"期限 {deadline.Due:yyyy-MM-dd}");
        }
        else
        {
            Node(svg, x, y, "waiting", "Normal", title, step.UnitCode, $"未到达（时限{step.LimitWorkingDays}个工作日）", null);
        }
    }

    private static void Node(StringBuilder svg, int x, int y, string state, string warning, string title, string unit, string status, string? note)
    {
        var (fill, stroke, ink) = (state, warning) switch
        {
            ("done", "Overdue") => ("#fbe9e7", "#7a1b12", "#1f2933"),
            ("done", _) or ("filed", _) => ("#e7f4ea", "#1e6b34", "#1f2933"),
            ("holding", "Yellow") => ("#fff4d6", "#b7791f", "#1f2933"),
            ("holding", "Red") => ("#fde2df", "#c0392b", "#1f2933"),
            ("holding", "Overdue") => ("#7a1b12", "#7a1b12", "#ffffff"),
            ("holding", _) => ("#e8f1fb", "#1d5fa8", "#1f2933"),
            _ => ("#f2f5f9", "#8a99ab", "#5b6b7d"),
        };
        var width = state == "holding" ? 3 : 1.5;
        svg.Append($"""<g class="route-node route-{state}" data-unit="{Text(unit)}" data-state="{state}" data-warning="{warning}">""");
        svg.Append($"""<rect x="{x}" y="{y}" width="{BoxWidth}" height="{BoxHeight}" rx="8" fill="{fill}" stroke="{stroke}" stroke-width="{width}"/>""");
        svg.Append($"""<text x="{x + BoxWidth / 2}" y="{y + 22}" text-anchor="middle" font-size="13" font-weight="600" fill="{ink}">{Text(title)}</text>""");
        svg.Append($"""<text x="{x + BoxWidth / 2}" y="{y + 42}" text-anchor="middle" font-size="12" fill="{ink}" class="route-status">{Text(status)}</text>""");
        if (note is not null)
            svg.Append($"""<text x="{x + BoxWidth / 2}" y="{y + 60}" text-anchor="middle" font-size="11" fill="{ink}">{Text(note)}</text>""");
        svg.Append("</g>");
    }

    private static void Edge(StringBuilder svg, int x1, int y1, int x2, int y2) =>
        svg.Append($"""<path d="M {x1} {y1} C {x1 + ColumnGap / 2} {y1}, {x2 - ColumnGap / 2} {y2}, {x2} {y2}" fill="none" stroke="#8a99ab" stroke-width="1.5" marker-end="url(#route-arrow)"/>""");

    private static string Text(string value) => WebUtility.HtmlEncode(value);
}
