using BingelOuder.Data;
using BingelOuder.Domain;
using BingelOuder.Infrastructure.Mail;
using BingelOuder.Infrastructure.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BingelOuder.Features.Linking;

/// <summary>
/// A school admin undoes someone's link with a pupil of their school; the person gets an e-mail
/// saying so. A link of another school is "not found". Callers pass the admin's own school.
/// </summary>
public sealed partial class UnlinkBySchool(
    IDbContextFactory<AppDbContext> dbFactory,
    IMailSender mailSender,
    IOptions<AppOptions> appOptions,
    TimeProvider clock,
    ILogger<UnlinkBySchool> logger)
{
    public async Task<UnlinkBySchoolOutcome> ExecuteAsync(
        int schoolId, int linkId, string actingUserId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var link = await db.ParentLinks
            .Where(l => l.Id == linkId && l.Pupil!.SchoolId == schoolId)
            .Select(l => new
            {
                l.Id, l.PupilId, l.ParentId, l.Parent!.Email, l.Parent.FirstName,
                Child = l.Pupil!.FirstName, School = l.Pupil.School!.Name, l.Pupil.School.Address,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (link is null)
        {
            return UnlinkBySchoolOutcome.NotFound;
        }

        await db.ParentLinks.Where(l => l.Id == link.Id).ExecuteDeleteAsync(cancellationToken);
        db.AuditEvents.Add(new AuditEvent
        {
            Type = AuditEventTypes.ParentUnlinked,
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = actingUserId,
            SchoolId = schoolId,
            PupilId = link.PupilId,
            Details = $"by the school; link of {link.ParentId}",
        });
        await db.SaveChangesAsync(cancellationToken);
        LogUnlinked(logger, link.ParentId, link.PupilId, actingUserId);

        return link.Email is not null
            && await TellParentAsync(link.Email, link.FirstName, link.Child, link.School, link.Address, cancellationToken)
                ? UnlinkBySchoolOutcome.Unlinked
                : UnlinkBySchoolOutcome.UnlinkedWithoutMail;
    }

    private async Task<bool> TellParentAsync(
        string email, string? firstName, string child, string school, string? address,
        CancellationToken cancellationToken)
    {
        var contact = string.IsNullOrWhiteSpace(address) ? school : $"{school}, {address}";
        var text = $"""
            Beste {(string.IsNullOrWhiteSpace(firstName) ? "ouder" : firstName)},

            {school} heeft de koppeling van uw account met {child} in BingelOuder ongedaan gemaakt. U ziet de
            resultaten van {child} niet meer.

            Denkt u dat dit een vergissing is? Neem dan contact op met de school: {contact}. Met een nieuwe
            oudercode van de school kunt u opnieuw koppelen:
            {appOptions.Value.Link("/ouder/koppelen")}

            Met vriendelijke groeten,
            BingelOuder
            """;
        try
        {
            await mailSender.SendAsync(
                new OutgoingMail(email, $"Uw koppeling met {child} is ongedaan gemaakt", text, MailHtml.FromText(text)),
                cancellationToken);
            return true;
        }
        catch (MailDeliveryException)
        {
            LogNotSent(logger);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Link of {ParentId} with pupil {PupilId} undone by school admin {UserId}")]
    private static partial void LogUnlinked(ILogger logger, string parentId, int pupilId, string userId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The unlink notice to a parent was not sent")]
    private static partial void LogNotSent(ILogger logger);
}
