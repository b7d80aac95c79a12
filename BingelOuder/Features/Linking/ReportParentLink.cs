using System.Globalization;
using BingelOuder.Data;
using BingelOuder.Domain;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.Linking;

/// <summary>
/// A person linked to a child tells the school that another person's link to that child is not
/// right: recorded in the audit trail for the school admin, who also gets an e-mail. Anyone not
/// linked to the same child finds nothing.
/// </summary>
public sealed partial class ReportParentLink(
    IDbContextFactory<AppDbContext> dbFactory,
    MailSchoolAdmins mailSchoolAdmins,
    TimeProvider clock,
    ILogger<ReportParentLink> logger)
{
    public async Task<ReportableLink?> FindAsync(
        string reporterId, int linkId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var details = Details(linkId);
        return await db.ParentLinks
            .Where(l => l.Id == linkId && l.ParentId != reporterId
                && db.ParentLinks.Any(mine => mine.ParentId == reporterId && mine.PupilId == l.PupilId))
            .Select(l => new ReportableLink(
                l.Id,
                l.PupilId,
                (l.Parent!.FirstName + " " + l.Parent.LastName).Trim(),
                l.Relation,
                l.LinkedAtUtc,
                l.Pupil!.FirstName,
                l.Pupil.SchoolClass!.Name,
                l.Pupil.School!.Name,
                db.AuditEvents.Any(e => e.Type == AuditEventTypes.ParentLinkReported
                    && e.UserId == reporterId && e.Details == details)))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>False when there is nothing this reporter may report (or they already did).</summary>
    public async Task<bool> ExecuteAsync(string reporterId, int linkId, CancellationToken cancellationToken = default)
    {
        var link = await FindAsync(reporterId, linkId, cancellationToken);
        if (link is null || link.AlreadyReported)
        {
            return false;
        }

        string reporter;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            reporter = await db.Users.Where(u => u.Id == reporterId)
                .Select(u => (u.FirstName + " " + u.LastName).Trim())
                .FirstAsync(cancellationToken);
            db.AuditEvents.Add(new AuditEvent
            {
                Type = AuditEventTypes.ParentLinkReported,
                OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
                UserId = reporterId,
                SchoolId = await db.Pupils.Where(p => p.Id == link.PupilId).Select(p => p.SchoolId)
                    .FirstAsync(cancellationToken),
                PupilId = link.PupilId,
                Details = Details(linkId),
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        LogReported(logger, reporterId, linkId, link.PupilId);
        await mailSchoolAdmins.AboutReportedLinkAsync(link.PupilId, link.PersonName, reporter, cancellationToken);
        return true;
    }

    private static string Details(int linkId) => string.Create(CultureInfo.InvariantCulture, $"link {linkId}");

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Parent {UserId} reported link {LinkId} to pupil {PupilId} as not right")]
    private static partial void LogReported(ILogger logger, string userId, int linkId, int pupilId);
}
