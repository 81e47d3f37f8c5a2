using System.Net;
using System.Text.RegularExpressions;
using Platform.Testing;

namespace Platform.Testing;

/// <summary>An HTTP client that keeps cookies and posts the sign-in form the way a browser does.</summary>
public sealed partial class CookieBrowser(PlatformTestHost host) : IDisposable
{
    private readonly HttpClient client = new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
    {
        BaseAddress = host.BaseAddress,
    };

    public HttpClient Client => client;

    public async Task<HttpResponseMessage> SignInAsync(string account, string password, string kind = "staff")
    {
        var page = await client.GetStringAsync("/signin");
        return await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
            ["Input.Kind"] = kind,
            ["Input.Account"] = account,
            ["Input.Password"] = password,
        }));
    }

    public static string AntiforgeryToken(string html) => TokenField().Match(html).Groups[1].Value;

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
