using BingelOuder.Data;
using BingelOuder.Domain;
using BingelOuder.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.Linking;

/// <summary>
/// Gives pupils a new parent code; the old one stops working at once. Links already made stay.
/// Callers check that the acting user may manage these pupils.
/// </summary>
public sealed partial class RenewParentCode(
    IDbContextFactory<AppDbContext> dbFactory,
    ParentCodeProtector protector,
    AuditTrail audit,
    TimeProvider clock,
    ILogger<RenewParentCode> logger)
{
    public Task<int> ForPupilAsync(int pupilId, string actingUserId, CancellationToken cancellationToken = default) =>
        RenewAsync(p => p.Id == pupilId, actingUserId, cancellationToken);

    public Task<int> ForClassAsync(int schoolClassId, string actingUserId, CancellationToken cancellationToken = default) =>
        RenewAsync(p => p.SchoolClassId == schoolClassId, actingUserId, cancellationToken);

    private async Task<int> RenewAsync(
        System.Linq.Expressions.Expression<Func<Pupil, bool>> which, string actingUserId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pupils = await db.Pupils.Where(which).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var pupil in pupils)
        {
            pupil.ParentCodeProtected = protector.Protect(ParentCodeGenerator.NewCode());
            pupil.ParentCodeIssuedAtUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var pupil in pupils)
        {
            LogRenewed(logger, pupil.Id, actingUserId);
            await audit.RecordAsync(AuditEventTypes.ParentCodeRenewed, actingUserId, pupil.SchoolId, pupil.Id,
                cancellationToken: cancellationToken);
        }

        return pupils.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Parent code of pupil {PupilId} renewed by {UserId}")]
    private static partial void LogRenewed(ILogger logger, int pupilId, string userId);
}
