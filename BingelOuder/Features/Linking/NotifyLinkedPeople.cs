using System.Globalization;
using BingelOuder.Data;
using BingelOuder.Infrastructure.Mail;
using BingelOuder.Infrastructure.Options;
using BingelOuder.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BingelOuder.Features.Linking;

/// <summary>
/// Transparency: when someone links to a child, everyone already linked to that child gets an
/// e-mail naming the new person and the relation, with a link to tell the school it is not right.
/// </summary>
public sealed partial class NotifyLinkedPeople(
    IDbContextFactory<AppDbContext> dbFactory,
    IMailSender mailSender,
    IOptions<AppOptions> appOptions,
    ILogger<NotifyLinkedPeople> logger)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    public static string ReportPath(int linkId) => $"/ouder/koppelen/melden/{linkId}";

    public async Task AboutNewLinkAsync(int linkId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var link = await db.ParentLinks.Where(l => l.Id == linkId)
            .Select(l => new
            {
                l.PupilId, l.Relation, l.LinkedAtUtc,
                l.Parent!.FirstName, l.Parent.LastName,
                Child = l.Pupil!.FirstName,
                ClassName = l.Pupil.SchoolClass!.Name,
                School = l.Pupil.School!.Name,
                l.Pupil.School.Address,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (link is null)
        {
            return;
        }

        var recipients = await db.ParentLinks
            .Where(l => l.PupilId == link.PupilId && l.Id != linkId && l.Parent!.Email != null)
            .Select(l => new { Email = l.Parent!.Email!, l.Parent.FirstName })
            .ToListAsync(cancellationToken);

        var newPerson = $"{link.FirstName} {link.LastName}".Trim() is { Length: > 0 } name ? name : "Iemand";
        var when = SchoolTime.ToLocal(link.LinkedAtUtc).ToString("d MMMM yyyy 'om' HH:mm", Dutch);
        var schoolContact = string.IsNullOrWhiteSpace(link.Address) ? link.School : $"{link.School}, {link.Address}";
        foreach (var recipient in recipients)
        {
            var text = $"""
                Beste {(string.IsNullOrWhiteSpace(recipient.FirstName) ? "ouder" : recipient.FirstName)},

                {newPerson} heeft zich op {when} {ParentRelationText.AsPhrase(link.Relation)} gekoppeld aan
                {link.Child} (klas {link.ClassName}, {link.School}) in BingelOuder. {newPerson} kan nu volgen
                hoeveel {link.Child} oefent en hoe het gaat.

                U krijgt dit bericht omdat u ook aan {link.Child} gekoppeld bent. Is dit in orde, dan hoeft u
                niets te doen.

                Klopt dit niet? Meld het aan de school via deze link:
                {appOptions.Value.Link(ReportPath(linkId))}

                U kunt ook rechtstreeks contact opnemen met de school: {schoolContact}.

                Met vriendelijke groeten,
                BingelOuder
                """;
            var mail = new OutgoingMail(recipient.Email, $"{newPerson} is nu ook gekoppeld aan {link.Child}",
                text, MailHtml.FromText(text));
            try
            {
                await mailSender.SendAsync(mail, cancellationToken);
            }
            catch (MailDeliveryException)
            {
                LogNotSent(logger, link.PupilId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A new-link notice about pupil {PupilId} was not sent")]
    private static partial void LogNotSent(ILogger logger, int pupilId);
}
