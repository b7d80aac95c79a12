using System.Security.Claims;
using BingelOuder.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BingelOuder.Features.Teaching;

public sealed class ListMyPupils(IDbContextFactory<AppDbContext> dbFactory, IOptions<IdentityOptions> identity)
{
    public async Task<IReadOnlyList<MyPupil>> ExecuteAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var teacherId = user.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        if (teacherId is null)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pupils = await TeacherPupils.Of(db, teacherId)
            .Select(p => new MyPupil(p.Id, p.SchoolClass!.Name, p.ClassNumber, p.FirstName, p.LastName, p.Username,
                db.ParentLinks.Count(l => l.PupilId == p.Id)))
            .ToListAsync(cancellationToken);
        return pupils.OrderBy(p => p.ClassName, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.ClassNumber).ToList();
    }
}
