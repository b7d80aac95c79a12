using BingelOuder.Data;
using BingelOuder.Domain;
using BingelOuder.Infrastructure.Mail;
using BingelOuder.Infrastructure.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BingelOuder.Features.Linking;

/// <summary>Warns the school admins of a school about linking: a frozen pupil, a reported link.</summary>
public sealed partial class MailSchoolAdmins(
    IDbContextFactory<AppDbContext> dbFactory,
    IMailSender mailSender,
    IOptions<AppOptions> appOptions,
    ILogger<MailSchoolAdmins> logger)
{
    public const string LinksPagePath = "/schoolbeheer";

    public async Task AboutFrozenPupilAsync(int pupilId, CancellationToken cancellationToken = default)
    {
        var pupil = await FindPupilAsync(pupilId, cancellationToken);
        if (pupil is null)
        {
            return;
        }

        var text = $"""
            Beste schoolbeheerder,

            Voor {pupil.FullName} (klas {pupil.ClassName}) werd in korte tijd te vaak een verkeerde
            oudercode ingegeven. Koppelen met dit kind is daarom tijdelijk geblokkeerd. Misschien probeert
            iemand de oudercode te raden.

            Wat kunt u doen?

            - Bekijk de mislukte pogingen bij "Koppelingen" in Schoolbeheer: {appOptions.Value.Link(LinksPagePath)}
            - Vernieuw de oudercode van dit kind als u denkt dat ze gelekt is; de blokkering vervalt dan meteen.
            - Geef de nieuwe code alleen aan de ouders van het kind.

            Met vriendelijke groeten,
            BingelOuder
            """;
        await SendAsync(pupil.SchoolId, $"Koppelen geblokkeerd voor {pupil.FullName}", text, cancellationToken);
    }

    public async Task AboutReportedLinkAsync(
        int pupilId, string reportedPerson, string reporter, CancellationToken cancellationToken = default)
    {
        var pupil = await FindPupilAsync(pupilId, cancellationToken);
        if (pupil is null)
        {
            return;
        }

        var text = $"""
            Beste schoolbeheerder,

            {reporter} meldt dat de koppeling van {reportedPerson} met {pupil.FullName} (klas {pupil.ClassName})
            niet klopt.

            Bekijk de koppelingen van dit kind bij "Koppelingen" in Schoolbeheer en maak de koppeling
            ongedaan als ze niet terecht is: {appOptions.Value.Link(LinksPagePath)}
            Neem bij twijfel contact op met de ouders.

            Met vriendelijke groeten,
            BingelOuder
            """;
        await SendAsync(pupil.SchoolId, $"Melding: koppeling met {pupil.FullName} klopt niet", text, cancellationToken);
    }

    private async Task<PupilInfo?> FindPupilAsync(int pupilId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Pupils.Where(p => p.Id == pupilId)
            .Select(p => new PupilInfo(p.SchoolId, p.FirstName + " " + p.LastName, p.SchoolClass!.Name))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task SendAsync(int schoolId, string subject, string text, CancellationToken cancellationToken)
    {
        List<string> admins;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            admins = await (
                    from user in db.Users
                    join userRole in db.UserRoles on user.Id equals userRole.UserId
                    join role in db.Roles on userRole.RoleId equals role.Id
                    where user.SchoolId == schoolId && role.Name == Roles.SchoolAdmin && user.Email != null
                    select user.Email!)
                .ToListAsync(cancellationToken);
        }

        var html = MailHtml.FromText(text);
        foreach (var admin in admins)
        {
            try
            {
                await mailSender.SendAsync(new OutgoingMail(admin, subject, text, html), cancellationToken);
            }
            catch (MailDeliveryException)
            {
                LogNotSent(logger, schoolId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error,
        Message = "A linking warning to a school admin of school {SchoolId} was not sent")]
    private static partial void LogNotSent(ILogger logger, int schoolId);

    private sealed record PupilInfo(int SchoolId, string FullName, string ClassName);
}
