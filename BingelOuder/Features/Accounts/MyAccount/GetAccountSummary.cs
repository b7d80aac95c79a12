using System.Security.Claims;
using BingelOuder.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BingelOuder.Features.Accounts.MyAccount;

public sealed class GetAccountSummary(IDbContextFactory<AppDbContext> dbFactory, IOptions<IdentityOptions> identity)
{
    public async Task<AccountSummary?> ExecuteAsync(ClaimsPrincipal user)
    {
        var userId = user.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Users
            .Where(u => u.Id == userId)
            .Select(u => new AccountSummary(
                u.Email!, u.FirstName, u.LastName, db.ParentLinks.Count(l => l.ParentId == u.Id)))
            .SingleOrDefaultAsync();
    }
}
