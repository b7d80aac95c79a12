using System.Security.Claims;
using BingelOuder.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BingelOuder.Features.SchoolAdmin;

public sealed class GetSchoolSummary(IDbContextFactory<AppDbContext> dbFactory, IOptions<IdentityOptions> identity)
{
    public async Task<SchoolSummary?> ExecuteAsync(ClaimsPrincipal user)
    {
        var userId = user.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Users
            .Where(u => u.Id == userId && u.SchoolId != null)
            .Select(u => new SchoolSummary(
                u.School!.Id, u.School.Name, u.School.SchoolCode, u.School.ParentModuleEnabled,
                u.School.Classes.Count, db.Pupils.Count(p => p.SchoolId == u.SchoolId)))
            .SingleOrDefaultAsync();
    }
}
