using BingelOuder.Data;
using BingelOuder.Domain;
using BingelOuder.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.Overview;

/// <summary>
/// Records a parent reaching for a child that is not linked to them (an id changed in a URL), in
/// the log and in the audit trail of the child's school when the child exists.
/// </summary>
public sealed class RecordDeniedChildAccess(
    IDbContextFactory<AppDbContext> dbFactory, AuditTrail audit, ILogger<RecordDeniedChildAccess> logger)
{
    public async Task ExecuteAsync(string parentId, int pupilId, CancellationToken cancellationToken = default)
    {
        OverviewLog.ChildNotLinked(logger, parentId, pupilId);
        int? schoolId;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            schoolId = await db.Pupils.Where(p => p.Id == pupilId)
                .Select(p => (int?)p.SchoolId).SingleOrDefaultAsync(cancellationToken);
        }

        await audit.RecordAsync(
            AuditEventTypes.ChildAccessDenied, parentId, schoolId, pupilId,
            details: "Overview of a child not linked to this account", cancellationToken: cancellationToken);
    }
}
