using System.Security.Claims;
using BingelOuder.Data;
using BingelOuder.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BingelOuder.Features.Printouts;

/// <summary>
/// Who may print which classes: a teacher the classes assigned to them, a school admin every class
/// of their school. Parents and anyone else: none.
/// </summary>
public sealed class PrintableClasses(IDbContextFactory<AppDbContext> dbFactory, IOptions<IdentityOptions> identity)
{
    public async Task<IReadOnlyList<PrintableClass>> ForUserAsync(
        ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        if (userId is null)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var schoolId = await db.Users.Where(u => u.Id == userId).Select(u => u.SchoolId)
            .SingleOrDefaultAsync(cancellationToken);
        if (schoolId is null)
        {
            return [];
        }

        var classes = db.SchoolClasses.Where(c => c.SchoolId == schoolId);
        if (!user.IsInRole(Roles.SchoolAdmin))
        {
            if (!user.IsInRole(Roles.Teacher))
            {
                return [];
            }

            classes = classes.Where(c => c.Teachers.Any(t => t.TeacherId == userId));
        }

        var found = await classes
            .Select(c => new PrintableClass(c.Id, c.SchoolId, c.Name, c.Pupils.Count))
            .ToListAsync(cancellationToken);
        return found.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
