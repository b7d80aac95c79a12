using System.Security.Claims;
using BingelOuder.Data;
using BingelOuder.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BingelOuder.Features.SchoolAdmin;

public sealed class GetAdminContext(IDbContextFactory<AppDbContext> dbFactory, IOptions<IdentityOptions> identity)
{
    /// <summary>The admin's context, or null when the user is no school admin of any school.</summary>
    public async Task<AdminContext?> ExecuteAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!user.IsInRole(Roles.SchoolAdmin))
        {
            return null;
        }

        var userId = user.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var schoolId = await db.Users.Where(u => u.Id == userId).Select(u => u.SchoolId).SingleOrDefaultAsync(cancellationToken);
        return schoolId is null || userId is null ? null : new AdminContext(userId, schoolId.Value);
    }
}
