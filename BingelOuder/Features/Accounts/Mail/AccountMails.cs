using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using BingelOuder.Infrastructure.Mail;

namespace BingelOuder.Features.Accounts.Mail;

/// <summary>The account e-mails, in Dutch, each as plain text and as HTML with the same words.</summary>
public static class AccountMails
{
    private const string Greeting = "Goedendag,";
    private const string Closing = "Met vriendelijke groeten,\nBingelOuder";

    // Keeps accented letters readable in the HTML source; markup characters are still encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static OutgoingMail Activation(string to, string link) => Build(
        to,
        "Activeer uw BingelOuder-account",
        ["U hebt bij BingelOuder een account aangemaakt met dit e-mailadres. "
            + "Klik op de link hieronder om het te activeren."],
        ("Account activeren", link),
        ["De link werkt één keer en blijft 24 uur geldig.",
            "Hebt u geen account aangemaakt? Dan mag u deze e-mail negeren: "
            + "zonder activatie kan niemand het account gebruiken."]);

    public static OutgoingMail ActivationForExistingAccount(string to, string link) => Build(
        to,
        "Activeer uw BingelOuder-account",
        ["Iemand (waarschijnlijk uzelf) wilde een account aanmaken met dit e-mailadres. "
            + "Er bestaat al een account met dit adres, maar het is nog niet geactiveerd. "
            + "Klik op de link hieronder om het te activeren."],
        ("Account activeren", link),
        ["De link werkt één keer en blijft 24 uur geldig. Het wachtwoord is het wachtwoord dat u koos "
            + "toen u het account voor het eerst aanmaakte; kent u het niet meer, kies dan na de activatie "
            + "'Wachtwoord vergeten?' bij het aanmelden."]);

    public static OutgoingMail AlreadyRegistered(string to, string loginLink, string forgotPasswordLink) => Build(
        to,
        "U hebt al een BingelOuder-account",
        ["Iemand (waarschijnlijk uzelf) wilde een nieuw account aanmaken met dit e-mailadres. "
            + "U hebt al een account, dus er is geen nieuw gemaakt. Meld u aan met uw e-mailadres "
            + "en wachtwoord."],
        ("Aanmelden", loginLink),
        [$"Weet u uw wachtwoord niet meer? Kies dan een nieuw wachtwoord: {forgotPasswordLink}",
            "Was u dit niet? Dan hoeft u niets te doen: er is niets aan uw account veranderd."]);

    public static OutgoingMail PasswordReset(string to, string link) => Build(
        to,
        "Kies een nieuw wachtwoord voor BingelOuder",
        ["U vroeg om een nieuw wachtwoord voor uw BingelOuder-account. "
            + "Klik op de link hieronder om een nieuw wachtwoord te kiezen."],
        ("Nieuw wachtwoord kiezen", link),
        ["De link werkt één keer en blijft 24 uur geldig.",
            "Vroeg u geen nieuw wachtwoord? Dan mag u deze e-mail negeren: uw wachtwoord blijft hetzelfde."]);

    public static OutgoingMail PasswordChanged(string to, string forgotPasswordLink) => Build(
        to,
        "Uw BingelOuder-wachtwoord is gewijzigd",
        ["Het wachtwoord van uw BingelOuder-account is zonet gewijzigd. "
            + "Andere toestellen waarop u was aangemeld, zijn afgemeld."],
        null,
        [$"Was u dit niet? Kies dan meteen een nieuw wachtwoord: {forgotPasswordLink}"]);

    private static OutgoingMail Build(
        string to, string subject, string[] before, (string Text, string Link)? button, string[] after)
    {
        var text = new StringBuilder().Append(Greeting).Append("\n\n");
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"nl-BE\"><body style=\"font-family:Arial,sans-serif;")
            .Append("color:#1f2937;line-height:1.5\">")
            .Append(Paragraph(Greeting));
        foreach (var line in before)
        {
            text.Append(line).Append("\n\n");
            html.Append(Paragraph(line));
        }

        if (button is { } b)
        {
            text.Append(b.Link).Append("\n\n");
            var href = Html.Encode(b.Link);
            html.Append("<p><a href=\"").Append(href)
                .Append("\" style=\"display:inline-block;background:#1d4f91;color:#ffffff;padding:10px 18px;")
                .Append("border-radius:6px;text-decoration:none\">").Append(Encode(b.Text)).Append("</a></p>")
                .Append("<p style=\"font-size:0.9em;color:#4b5563;word-break:break-all\">")
                .Append("Werkt de knop niet? Kopieer dan deze link in uw browser:<br>").Append(Encode(b.Link)).Append("</p>");
        }

        foreach (var line in after)
        {
            text.Append(line).Append("\n\n");
            html.Append(Paragraph(line));
        }

        text.Append(Closing).Append('\n');
        html.Append(Paragraph(Closing)).Append("</body></html>");
        return new OutgoingMail(to, subject, text.ToString(), html.ToString());
    }

    private static string Paragraph(string text) =>
        "<p>" + string.Join("<br>", text.Split('\n').Select(Encode)) + "</p>";

    private static string Encode(string value) => Html.Encode(value);
}
