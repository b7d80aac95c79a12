using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BingelOuder.Tests.Support;

/// <summary>
/// An HTTP client over https whose cookies are in plain sight: tests read, copy and plant them, as
/// an attacker with a stolen or planted cookie would.
/// </summary>
public sealed partial class CookieClient(WebApplicationFactory<Program> app)
{
    public const string AuthCookie = "BingelOuder.Auth";

    private readonly HttpClient _http = app.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false,
    });

    public Dictionary<string, string> Cookies { get; } = new();

    public string? Auth => Cookies.GetValueOrDefault(AuthCookie);

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields) =>
        await SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) });

    /// <summary>The antiforgery token of a page, for a form posted from it.</summary>
    public async Task<string> TokenFromAsync(string path)
    {
        using var page = await GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenField().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {path} ({(int)page.StatusCode})");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    public async Task<HttpResponseMessage> LogInAsync(string email, string password)
    {
        var token = await TokenFromAsync("/account/aanmelden");
        return await PostFormAsync("/account/aanmelden", new()
        {
            ["_handler"] = "login", ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email, ["Input.Password"] = password,
        });
    }

    public async Task<HttpResponseMessage> LogOutAsync()
    {
        var token = await TokenFromAsync("/help");
        return await PostFormAsync("/account/afmelden", new() { ["__RequestVerificationToken"] = token });
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (Cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", Cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await _http.SendAsync(request);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';', 2)[0].Split('=', 2);
            var expired = header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
            if (expired || pair[1].Length == 0)
            {
                Cookies.Remove(pair[0]);
            }
            else
            {
                Cookies[pair[0]] = pair[1];
            }
        }

        return response;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
