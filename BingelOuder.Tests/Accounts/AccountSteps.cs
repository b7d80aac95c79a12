using System.Net;
using BingelOuder.Tests.Support;
using MimeKit;

namespace BingelOuder.Tests.Accounts;

/// <summary>The account pages filled in over HTTP, as a browser would post them.</summary>
internal static class AccountSteps
{
    public const string Password = "paarse olifant op het dak";
    public const string PublicBase = "https://ouders.test.example";

    public static Dictionary<string, string?> SmtpFor(SmtpSink smtp) => smtp.Settings();

    public static Task<string> RegisterAsync(
        HttpClient client, string email, string password = Password, string? confirm = null) =>
        client.SubmitFormForHtmlAsync("/account/registreren", "register", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["Input.ConfirmPassword"] = confirm ?? password,
        });

    public static Task<HttpResponseMessage> LogInAsync(HttpClient client, string email, string password = Password) =>
        client.SubmitFormAsync("/account/aanmelden", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password,
        });

    public static async Task<HttpStatusCode> LoginStatusAsync(HttpClient client, string email, string password) =>
        (await LogInAsync(client, email, password)).StatusCode;

    public static Task<string> TextOf(HttpResponseMessage response) =>
        response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    public static Task<string> RequestResetAsync(HttpClient client, string email) =>
        client.SubmitFormForHtmlAsync("/account/wachtwoord-vergeten", "forgot-password",
            new Dictionary<string, string> { ["Input.Email"] = email });

    public static Task<string> ResendActivationAsync(HttpClient client, string email) =>
        client.SubmitFormForHtmlAsync("/account/activatie-opnieuw", "resend-activation",
            new Dictionary<string, string> { ["Input.Email"] = email });

    public static Task<string> GiveNamesAsync(HttpClient client, string firstName, string lastName) =>
        client.SubmitFormForHtmlAsync("/ouder/naam", "names", new Dictionary<string, string>
        {
            ["Input.FirstName"] = firstName, ["Input.LastName"] = lastName,
        });

    public static async Task<string> GetHtmlAsync(HttpClient client, string pathOrUrl)
    {
        var response = await client.GetAsync(PathOf(pathOrUrl), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Where a redirect points, as a local path and query.</summary>
    public static string LocationOf(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException("Not a redirect.");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>The path and query of a link from an e-mail, to follow it on the test server.</summary>
    public static string PathOf(string link) =>
        link.StartsWith("http", StringComparison.Ordinal) ? new Uri(link).PathAndQuery : link;

    public static string ActivationLink(MimeMessage mail) =>
        MailText.LinkStartingWith(mail, PublicBase + "/account/activeren?");

    public static string ResetLink(MimeMessage mail) =>
        MailText.LinkStartingWith(mail, PublicBase + "/account/wachtwoord-herstellen?");

    /// <summary>Registers, activates from the e-mail and logs in; returns the logged-in client.</summary>
    public static async Task<HttpClient> ActivatedParentAsync(TestApp app, SmtpSink smtp, string email)
    {
        var client = app.CreateSecureBrowserClient();
        await RegisterAsync(client, email);
        var mail = await smtp.WaitForAsync(email);
        await GetHtmlAsync(client, ActivationLink(mail));
        var login = await LogInAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    /// <summary>The page's main content, without the per-request antiforgery token.</summary>
    public static string Comparable(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        var main = start >= 0 && end > start ? html[start..end] : html;
        return System.Text.RegularExpressions.Regex.Replace(main, "value=\"CfDJ8[^\"]*\"", "value=\"token\"");
    }
}
