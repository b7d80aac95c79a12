using System.Security.Claims;
using BingelOuder.Data;
using BingelOuder.Features.Linking;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BingelOuder.Features.Teaching;

/// <summary>Renews the parent code of a pupil of the teacher's classes; false when the pupil is not theirs.</summary>
public sealed class RenewMyPupilsCode(
    IDbContextFactory<AppDbContext> dbFactory, RenewParentCode renew, IOptions<IdentityOptions> identity)
{
    public async Task<bool> ExecuteAsync(ClaimsPrincipal user, int pupilId, CancellationToken cancellationToken = default)
    {
        var teacherId = user.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        if (teacherId is null)
        {
            return false;
        }

        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (!await TeacherPupils.Of(db, teacherId).AnyAsync(p => p.Id == pupilId, cancellationToken))
            {
                return false;
            }
        }

        return await renew.ForPupilAsync(pupilId, teacherId, cancellationToken) == 1;
    }
}
