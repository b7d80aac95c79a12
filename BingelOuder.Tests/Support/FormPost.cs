using System.Net;
using System.Text.RegularExpressions;

namespace BingelOuder.Tests.Support;

/// <summary>
/// Fills in a server-rendered form the way a browser does: GET the page, then POST with its
/// antiforgery token.
/// </summary>
public static partial class FormPost
{
    public static async Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client, string path, string formName, IDictionary<string, string> fields)
    {
        var page = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var token = AntiforgeryField().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {path}");
        var values = new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        };
        return await client.PostAsync(path, new FormUrlEncodedContent(values), TestContext.Current.CancellationToken);
    }

    public static async Task<string> SubmitFormForHtmlAsync(
        this HttpClient client, string path, string formName, IDictionary<string, string> fields)
    {
        var response = await client.SubmitFormAsync(path, formName, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
