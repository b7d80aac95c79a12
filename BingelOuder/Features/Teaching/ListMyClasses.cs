using System.Security.Claims;
using BingelOuder.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BingelOuder.Features.Teaching;

public sealed class ListMyClasses(IDbContextFactory<AppDbContext> dbFactory, IOptions<IdentityOptions> identity)
{
    public async Task<IReadOnlyList<ClassSummary>> ExecuteAsync(ClaimsPrincipal user)
    {
        var teacherId = user.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.TeacherAssignments
            .Where(a => a.TeacherId == teacherId)
            .OrderBy(a => a.SchoolClass!.Name)
            .Select(a => new ClassSummary(a.SchoolClassId, a.SchoolClass!.Name, a.SchoolClass.Pupils.Count))
            .ToListAsync();
    }
}
