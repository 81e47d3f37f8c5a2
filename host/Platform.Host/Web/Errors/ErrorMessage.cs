using System.Net;
using Microsoft.AspNetCore.Mvc;

namespace Platform.Host.Web.Errors;

/// <summary>What an error page says for a status: a heading and a sentence in Chinese, and the platform's own detail when it has one.</summary>
public sealed record ErrorMessage(int Status, string Title, string Text, string? Detail)
{
    public static ErrorMessage For(int status, ProblemDetails problem)
    {
        var (title, text) = status switch
        {
            400 => ("请求有误", "页面收到的请求不完整或已过期，请返回后重试。"),
            401 => ("请先登录", "该页面需要登录后访问。"),
            403 => ("无权访问", "当前账号无权访问该页面。如需开通权限，请联系本地区管理员。"),
            404 => ("页面不存在", "您要找的页面或记录不存在，可能地址有误或已被删除。"),
            413 => ("文件过大", "上传的内容超过了允许的大小。"),
            429 => ("请求过于频繁", "您的操作过于频繁，请稍候一分钟再试。"),
            503 => ("服务繁忙", "系统暂时繁忙，请稍后重试。"),
            >= 500 => ("系统出错", "服务器处理请求时出错，请稍后重试。如多次出现，请联系管理员。"),
            _ => ("无法完成请求", "请返回后重试。"),
        };
        // Only the platform's own problems (they carry a code) speak Chinese and say nothing a visitor must not read.
        var detail = status < 500 && problem.Extensions.ContainsKey("code") && problem.Detail != text ? problem.Detail : null;
        return new ErrorMessage(status, title, text, detail);
    }

    /// <summary>The page without the layout, for when the layout cannot be drawn.</summary>
    public static string BarePage(ErrorMessage message) =>
        $"""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{WebUtility.HtmlEncode(message.Title)} - 政务服务审批平台</title><link rel="stylesheet" href="/css/site.css" /></head>
        <body><main class="content error-page"><h1>{WebUtility.HtmlEncode(message.Title)}</h1><p>{WebUtility.HtmlEncode(message.Text)}</p>
        <p><a class="button" href="/">返回首页</a></p></main></body></html>
        """;
}
