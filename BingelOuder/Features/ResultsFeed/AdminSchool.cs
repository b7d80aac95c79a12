using BingelOuder.Data;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.ResultsFeed;

internal static class AdminSchool
{
    /// <summary>The school a staff account belongs to; null for parents or unknown accounts.</summary>
    public static Task<int?> IdOfAsync(AppDbContext db, string userId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == userId).Select(u => u.SchoolId).SingleOrDefaultAsync(cancellationToken);
}
