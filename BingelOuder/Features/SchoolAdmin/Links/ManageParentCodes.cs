using BingelOuder.Data;
using BingelOuder.Features.Linking;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.SchoolAdmin.Links;

/// <summary>Renews the parent code of one pupil or of a whole class of the admin's own school.</summary>
public sealed class ManageParentCodes(IDbContextFactory<AppDbContext> dbFactory, RenewParentCode renew)
{
    public async Task<AdminResult> RenewPupilAsync(
        AdminContext admin, int pupilId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Pupils.AnyAsync(p => p.Id == pupilId && p.SchoolId == admin.SchoolId, cancellationToken))
        {
            return AdminResult.Fail("Deze leerling bestaat niet (meer) in uw school.");
        }

        await renew.ForPupilAsync(pupilId, admin.UserId, cancellationToken);
        return AdminResult.Ok;
    }

    public async Task<AdminResult> RenewClassAsync(
        AdminContext admin, int classId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.SchoolClasses.AnyAsync(c => c.Id == classId && c.SchoolId == admin.SchoolId, cancellationToken))
        {
            return AdminResult.Fail("Deze klas bestaat niet (meer) in uw school.");
        }

        await renew.ForClassAsync(classId, admin.UserId, cancellationToken);
        return AdminResult.Ok;
    }
}
