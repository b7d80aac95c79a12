using System.Net;
using BingelOuder.Data;
using BingelOuder.Domain;
using BingelOuder.Features.Accounts.Links;
using BingelOuder.Infrastructure.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.SchoolAdmin.Teachers;

/// <summary>
/// E-mails a new teacher a link to choose a password: the password-reset link of the account pages,
/// which works once and for 24 hours.
/// </summary>
public sealed class TeacherInvitation(
    UserManager<AppUser> userManager, IMailSender mail, AccountLinks links, IDbContextFactory<AppDbContext> contexts)
{
    public async Task<bool> SendAsync(AppUser teacher, CancellationToken cancellationToken, bool asSchoolAdmin = false)
    {
        string school;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            school = await db.Schools.Where(s => s.Id == teacher.SchoolId).Select(s => s.Name)
                .SingleAsync(cancellationToken);
        }

        var who = asSchoolAdmin
            ? $"Er is een account voor u gemaakt als schoolbeheerder van {school}"
            : $"De schoolbeheerder van {school} heeft een account voor u gemaakt";
        var what = asSchoolAdmin
            ? "U beheert er uw school: klassen, leerkrachten, leerlingen, de oudermodule en de brieven met oudercodes."
            : "U ziet de leerlingen van uw klassen en u downloadt er de brieven met oudercodes.";
        var token = await userManager.GeneratePasswordResetTokenAsync(teacher);
        var link = links.ResetPassword(teacher.Id, token);
        var name = WebUtility.HtmlEncode(teacher.FirstName);
        var text = $"""
            Dag {teacher.FirstName},

            {who} in BingelOuder, de oudermodule van het leerplatform.
            Kies uw wachtwoord via deze link (24 uur geldig):

            {link}

            Daarna meldt u zich aan met dit e-mailadres. {what}
            """;
        var html = $"""
            <p>Dag {name},</p>
            <p>{WebUtility.HtmlEncode(who)} in BingelOuder, de oudermodule van het leerplatform.</p>
            <p><a href="{WebUtility.HtmlEncode(link)}">Kies uw wachtwoord</a> (deze link is 24 uur geldig).</p>
            <p>Daarna meldt u zich aan met dit e-mailadres. {WebUtility.HtmlEncode(what)}</p>
            """;
        try
        {
            await mail.SendAsync(new OutgoingMail(teacher.Email!, "Uw account voor BingelOuder", text, html), cancellationToken);
            return true;
        }
        catch (MailDeliveryException)
        {
            return false;
        }
    }
}
