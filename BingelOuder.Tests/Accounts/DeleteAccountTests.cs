using System.Net;
using BingelOuder.Domain;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.Accounts;

public sealed class DeleteAccountTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Deleting_removes_the_account_its_links_and_personal_data_and_logs_out()
    {
        await using var app = new TestApp(seed: true);
        var ct = Ct;
        var parent = await app.CreateParentAsync("weg@example.be", "Jan", "Claes");
        var other = await app.CreateParentAsync("blijft@example.be");
        await using (var db = app.CreateDbContext())
        {
            var pupils = await db.Pupils.OrderBy(p => p.Id).Take(2).Select(p => p.Id).ToListAsync(ct);
            db.ParentLinks.AddRange(pupils.Select(id => new ParentLink { ParentId = parent.Id, PupilId = id }));
            db.ParentLinks.Add(new ParentLink { ParentId = other.Id, PupilId = pupils[0] });
            await db.SaveChangesAsync(ct);
        }

        var client = app.CreateSecureBrowserClient();
        await AccountSteps.LogInAsync(client, "weg@example.be", TestAccounts.ParentPassword);
        var response = await DeleteAsync(client, TestAccounts.ParentPassword);
        var afterwards = await client.GetAsync("/ouder/account", ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/verwijderd", AccountSteps.LocationOf(response));
        Assert.Contains("Account verwijderd", await AccountSteps.GetHtmlAsync(client, "/account/verwijderd"));
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        await using var check = app.CreateDbContext();
        Assert.False(await check.Users.AnyAsync(u => u.Id == parent.Id, ct));
        Assert.False(await check.Users.AnyAsync(u => u.FirstName == "Jan" && u.LastName == "Claes", ct));
        Assert.False(await check.UserRoles.AnyAsync(r => r.UserId == parent.Id, ct));
        Assert.False(await check.ParentLinks.AnyAsync(l => l.ParentId == parent.Id, ct));
        Assert.Equal(1, await check.ParentLinks.CountAsync(l => l.ParentId == other.Id, ct));
        var deleted = await check.AuditEvents.SingleAsync(e => e.Type == AuditEventTypes.AccountDeleted, ct);
        Assert.Equal(parent.Id, deleted.UserId);
        Assert.Equal("links removed: 2", deleted.Details);
        Assert.Equal(
            HttpStatusCode.OK,
            await AccountSteps.LoginStatusAsync(client, "weg@example.be", TestAccounts.ParentPassword));
    }

    [Fact]
    public async Task A_wrong_password_keeps_the_account()
    {
        await using var app = new TestApp();
        var parent = await app.CreateParentAsync("blijf@example.be");
        var client = app.CreateSecureBrowserClient();
        await AccountSteps.LogInAsync(client, "blijf@example.be", TestAccounts.ParentPassword);

        var response = await DeleteAsync(client, "niet het wachtwoord");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dit wachtwoord klopt niet.", await AccountSteps.TextOf(response));
        await using var db = app.CreateDbContext();
        Assert.True(await db.Users.AnyAsync(u => u.Id == parent.Id, Ct));
    }

    [Fact]
    public async Task Another_session_of_a_deleted_account_is_signed_out_at_once()
    {
        await using var app = new TestApp();
        await app.CreateParentAsync("weg@example.be");
        var here = app.CreateSecureBrowserClient();
        var elsewhere = app.CreateSecureBrowserClient();
        await AccountSteps.LogInAsync(here, "weg@example.be", TestAccounts.ParentPassword);
        await AccountSteps.LogInAsync(elsewhere, "weg@example.be", TestAccounts.ParentPassword);

        await DeleteAsync(here, TestAccounts.ParentPassword);
        var response = await elsewhere.GetAsync("/ouder/account", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/aanmelden", AccountSteps.LocationOf(response));
    }

    private static Task<HttpResponseMessage> DeleteAsync(HttpClient client, string password) =>
        client.SubmitFormAsync("/ouder/account", "delete-account",
            new Dictionary<string, string> { ["DeleteInput.Password"] = password });
}
