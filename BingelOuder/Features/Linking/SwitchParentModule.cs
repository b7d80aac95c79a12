using BingelOuder.Data;
using BingelOuder.Domain;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.Linking;

/// <summary>
/// Switches a school's parent module on or off, recording who did it and when. While it is off,
/// nobody can link to the school's pupils and linked parents see no results.
/// </summary>
public sealed partial class SwitchParentModule(
    IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ILogger<SwitchParentModule> logger)
{
    public async Task<SwitchModuleOutcome> ExecuteAsync(
        int schoolId, bool enabled, string actingUserId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var isAdminOfSchool = await (
                from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where user.Id == actingUserId && user.SchoolId == schoolId && role.Name == Roles.SchoolAdmin
                select user.Id)
            .AnyAsync(cancellationToken);
        var school = isAdminOfSchool
            ? await db.Schools.FirstOrDefaultAsync(s => s.Id == schoolId, cancellationToken)
            : null;
        if (school is null)
        {
            return SwitchModuleOutcome.NotAllowed;
        }

        if (school.ParentModuleEnabled == enabled)
        {
            return SwitchModuleOutcome.Unchanged;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        school.ParentModuleEnabled = enabled;
        school.ParentModuleChangedAtUtc = now;
        school.ParentModuleChangedByUserId = actingUserId;
        db.AuditEvents.Add(new AuditEvent
        {
            Type = AuditEventTypes.ParentModuleSwitched,
            OccurredAtUtc = now,
            UserId = actingUserId,
            SchoolId = schoolId,
            Details = enabled ? "on" : "off",
        });
        await db.SaveChangesAsync(cancellationToken);
        LogSwitched(logger, schoolId, enabled, actingUserId);
        return SwitchModuleOutcome.Switched;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Parent module of school {SchoolId} switched to {Enabled} by {UserId}")]
    private static partial void LogSwitched(ILogger logger, int schoolId, bool enabled, string userId);
}
