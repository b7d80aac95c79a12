using System.Security.Claims;
using BingelOuder.Data;
using BingelOuder.Features.Linking;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BingelOuder.Features.Teaching;

/// <summary>One pupil of the teacher's classes with login details, parent code and linked people; null otherwise.</summary>
public sealed class GetMyPupil(
    IDbContextFactory<AppDbContext> dbFactory, ParentCodeProtector codes, IOptions<IdentityOptions> identity)
{
    public async Task<PupilDetail?> ExecuteAsync(
        ClaimsPrincipal user, int pupilId, CancellationToken cancellationToken = default)
    {
        var teacherId = user.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        if (teacherId is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pupil = await TeacherPupils.Of(db, teacherId)
            .Where(p => p.Id == pupilId)
            .Select(p => new
            {
                p.Id, p.FirstName, p.LastName, p.SchoolClassId, ClassName = p.SchoolClass!.Name, p.ClassNumber,
                p.Username, p.School!.SchoolCode, p.School.ParentModuleEnabled, p.ParentCodeProtected,
                p.ParentCodeIssuedAtUtc,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (pupil is null)
        {
            return null;
        }

        var linked = await db.ParentLinks
            .Where(l => l.PupilId == pupilId)
            .OrderBy(l => l.LinkedAtUtc)
            .Select(l => new LinkedPerson(l.Parent!.FirstName, l.Parent.LastName, l.Relation, l.LinkedAtUtc))
            .ToListAsync(cancellationToken);

        return new PupilDetail(pupil.Id, pupil.FirstName, pupil.LastName, pupil.SchoolClassId, pupil.ClassName,
            pupil.ClassNumber, pupil.Username, pupil.SchoolCode, pupil.ParentModuleEnabled,
            codes.RevealForDisplay(pupil.ParentCodeProtected), pupil.ParentCodeIssuedAtUtc, linked);
    }
}
