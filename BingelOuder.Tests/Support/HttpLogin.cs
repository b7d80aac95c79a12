using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BingelOuder.Tests.Support;

/// <summary>Logs an HTTP client in through the real login form, antiforgery token included.</summary>
public static partial class HttpLogin
{
    /// <summary>
    /// A client over https (outside Development the login cookie is Secure), logged in as the given
    /// user, that does not follow redirects.
    /// </summary>
    public static async Task<HttpClient> LoggedInClientAsync(
        this WebApplicationFactory<Program> app, string email, string password)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        });
        await client.LogInAsync(email, password);
        return client;
    }

    public static async Task LogInAsync(this HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/account/aanmelden");
        var fields = HiddenInput().Matches(form).ToDictionary(m => m.Groups["name"].Value,
            m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["Input.Email"] = email;
        fields["Input.Password"] = password;

        using var response = await client.PostAsync("/account/aanmelden", new FormUrlEncodedContent(fields));

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found,
            $"Login of {email} answered {(int)response.StatusCode}");
        Assert.DoesNotContain("/account/aanmelden", response.Headers.Location?.ToString() ?? "");
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
