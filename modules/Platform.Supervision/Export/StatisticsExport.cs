using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Platform.Supervision.Contracts;

namespace Platform.Supervision.Export;

/// <summary>Statistics as CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese headers) and as an xlsx sheet.</summary>
internal static class StatisticsExport
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Headers =
    [
        "分组", "收件", "网上收件", "受理", "容缺受理", "告知承诺", "办结", "按时办结", "逾期办结", "零跑动", "网办率", "零跑动率",
        "平均用时（工作日）", "平均承诺时限（工作日）", "时限压缩比", "非常满意", "满意", "基本满意", "不满意", "非常不满意",
    ];

    public static byte[] Csv(IReadOnlyList<StatisticsRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(',', Headers));
        foreach (var row in rows) text.AppendLine(string.Join(',', Cells(row).Select(Quote)));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx(IReadOnlyList<StatisticsRow> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.AppendChild(Row(Headers.Select(h => (object)h)));
            foreach (var row in rows) data.AppendChild(Row(Cells(row)));
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "统计" }));
        }

        return stream.ToArray();
    }

    private static IEnumerable<object> Cells(StatisticsRow r) =>
    [
        r.Key, r.Received, r.ReceivedOnline, r.Accepted, r.Tolerant, r.Commitment, r.Completed, r.OnTime, r.Overdue, r.ZeroVisit,
        Ratio(r.OnlineShare), Ratio(r.ZeroVisitShare), Ratio(r.AverageWorkingDays), Ratio(r.AverageLimitDays), Ratio(r.CompressionRatio),
        .. r.Ratings.Cast<object>(),
    ];

    private static object Ratio(double? value) => value is { } v ? Math.Round(v, 4) : "";

    private static Row Row(IEnumerable<object> values)
    {
        var row = new Row();
        foreach (var value in values)
            row.AppendChild(value switch
            {
                string text => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) },
                _ => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!) },
            });
        return row;
    }

    private static string Quote(object value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        return text.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }
}
