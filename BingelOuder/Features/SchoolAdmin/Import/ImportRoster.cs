using BingelOuder.Data;
using BingelOuder.Domain;
using BingelOuder.Features.Linking;
using BingelOuder.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.SchoolAdmin.Import;

/// <summary>
/// Previews a class list against the school, and applies it in one transaction: all rows or none.
/// Applying plans again inside the transaction, so a preview that went stale cannot do harm.
/// </summary>
public sealed partial class ImportRoster(
    IDbContextFactory<AppDbContext> dbFactory,
    ParentCodeProtector codes,
    AuditTrail audit,
    TimeProvider clock,
    ILogger<ImportRoster> logger)
{
    public async Task<RosterPlan> PreviewAsync(
        AdminContext admin, byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        var file = RosterFileReader.Read(content, fileName);
        if (file.Error is not null)
        {
            return RosterPlan.Fail(file.Error);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await PlanAsync(db, admin, file.Rows, cancellationToken);
    }

    public async Task<RosterPlan> ApplyAsync(
        AdminContext admin, byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        var file = RosterFileReader.Read(content, fileName);
        if (file.Error is not null)
        {
            return RosterPlan.Fail(file.Error);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var plan = await PlanAsync(db, admin, file.Rows, cancellationToken);
        if (!plan.CanApply)
        {
            return plan;
        }

        var pupils = await db.Pupils.Where(p => p.SchoolId == admin.SchoolId).ToDictionaryAsync(p => p.Id, cancellationToken);
        var updates = plan.Changes.Where(c => c.Kind is RosterChangeKind.Move or RosterChangeKind.Change).ToList();

        // Class numbers are unique per class at every statement, so numbers that swap go through a free value.
        for (var i = 0; i < updates.Count; i++)
        {
            pupils[updates[i].PupilId!.Value].ClassNumber = -(i + 1);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var change in updates)
        {
            var pupil = pupils[change.PupilId!.Value];
            pupil.SchoolClassId = change.ClassId;
            pupil.ClassNumber = change.ClassNumber;
            pupil.FirstName = change.FirstName;
            pupil.LastName = change.LastName;
        }

        await AddNewPupilsAsync(db, admin, plan, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        LogImported(logger, admin.SchoolId, plan.Count(RosterChangeKind.Add), updates.Count);
        await audit.RecordAsync(AuditEventTypes.RosterImported, admin.UserId, admin.SchoolId,
            details: $"added {plan.Count(RosterChangeKind.Add)}, changed {plan.Count(RosterChangeKind.Change)}, "
                + $"moved {plan.Count(RosterChangeKind.Move)}",
            cancellationToken: cancellationToken);
        return plan;
    }

    private async Task AddNewPupilsAsync(AppDbContext db, AdminContext admin, RosterPlan plan, CancellationToken cancellationToken)
    {
        // Usernames are unique across schools; a large install would look up by prefix instead.
        var taken = (await db.Pupils.Select(p => p.Username).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var change in plan.Changes.Where(c => c.Kind == RosterChangeKind.Add))
        {
            var username = change.Username
                ?? PupilUsername.FirstFree(PupilUsername.Stem(change.FirstName, change.LastName), taken.Contains);
            taken.Add(username);
            db.Pupils.Add(new Pupil
            {
                SchoolId = admin.SchoolId,
                SchoolClassId = change.ClassId,
                ClassNumber = change.ClassNumber,
                FirstName = change.FirstName,
                LastName = change.LastName,
                Username = username,
                ParentCodeProtected = codes.Protect(ParentCodeGenerator.NewCode()),
                ParentCodeIssuedAtUtc = now,
            });
        }
    }

    private static async Task<RosterPlan> PlanAsync(
        AppDbContext db, AdminContext admin, IReadOnlyList<RosterRow> rows, CancellationToken cancellationToken)
    {
        var classes = await db.SchoolClasses.Where(c => c.SchoolId == admin.SchoolId)
            .ToDictionaryAsync(c => c.Name, c => c.Id, cancellationToken);
        var pupils = await db.Pupils.Where(p => p.SchoolId == admin.SchoolId)
            .Select(p => new ExistingPupil(p.Id, p.SchoolClassId, p.ClassNumber, p.FirstName, p.LastName, p.Username))
            .ToListAsync(cancellationToken);
        var wanted = rows.Where(r => r.Username is not null).Select(r => r.Username!).Distinct().ToList();
        var elsewhere = (await db.Pupils.Where(p => p.SchoolId != admin.SchoolId && wanted.Contains(p.Username))
                .Select(p => p.Username).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return RosterPlanner.Plan(rows, classes, pupils, elsewhere);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Class list imported for school {SchoolId}: {Added} added, {Updated} changed or moved")]
    private static partial void LogImported(ILogger logger, int schoolId, int added, int updated);
}
