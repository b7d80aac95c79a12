using System.Globalization;
using BingelOuder.Infrastructure.Time;

namespace BingelOuder.Features.Linking;

/// <summary>What the linking page says about a <see cref="LinkResult"/>, in Dutch.</summary>
public static class LinkResultText
{
    public const string Mismatch =
        "Deze gegevens passen niet bij een kind dat u kunt koppelen. Controleer de oudercode, de schoolcode, "
        + "de klas en het klasnummer op de brief van de school en probeer opnieuw.";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    public static string For(LinkResult result, DateTime nowUtc) => result.Outcome switch
    {
        LinkOutcome.Linked =>
            $"Gelukt! U bent nu gekoppeld aan {result.ChildFirstName} (klas {result.ClassName}, {result.SchoolName}).",
        LinkOutcome.AlreadyLinked =>
            $"U bent al gekoppeld aan {result.ChildFirstName} (klas {result.ClassName}).",
        LinkOutcome.ModuleOff =>
            $"{result.SchoolName} heeft de oudermodule nog niet aangezet. Zodra de school dat doet, "
            + "kunt u uw kind koppelen.",
        LinkOutcome.TooManyAttempts =>
            "U hebt te veel mislukte pogingen gedaan. Om veiligheidsredenen kunt u pas opnieuw proberen "
            + $"vanaf {When(result.RetryAtUtc, nowUtc)}.",
        LinkOutcome.PupilFrozen =>
            "Koppelen met dit kind is tijdelijk geblokkeerd, omdat er te veel mislukte pogingen waren. "
            + $"De school is verwittigd. Probeer het opnieuw vanaf {When(result.RetryAtUtc, nowUtc)}, "
            + "of vraag de school om hulp.",
        LinkOutcome.AccountGone => "Dit account bestaat niet meer. Meld u opnieuw aan of maak een nieuw account.",
        _ => MismatchText(result, nowUtc),
    };

    public static bool IsSuccess(LinkResult result) => result.Outcome == LinkOutcome.Linked;

    private static string MismatchText(LinkResult result, DateTime nowUtc)
    {
        if (result.RetryAtUtc is not null)
        {
            return $"{Mismatch} Dat was uw laatste poging voorlopig: u kunt opnieuw proberen vanaf "
                + $"{When(result.RetryAtUtc, nowUtc)}.";
        }

        return result.AttemptsLeft is > 0 and <= 3
            ? $"{Mismatch} U kunt het nog {result.AttemptsLeft} keer proberen."
            : Mismatch;
    }

    /// <summary>"14:35" today, otherwise "6 december om 00:10"; rounded up to the minute.</summary>
    public static string When(DateTime? utc, DateTime nowUtc)
    {
        var at = utc ?? nowUtc;
        var roundedUp = new DateTime((at.Ticks + TimeSpan.TicksPerMinute - 1) / TimeSpan.TicksPerMinute
            * TimeSpan.TicksPerMinute, DateTimeKind.Utc);
        var local = SchoolTime.ToLocal(roundedUp);
        return local.Date == SchoolTime.ToLocal(nowUtc).Date
            ? local.ToString("HH:mm", Dutch)
            : local.ToString("d MMMM 'om' HH:mm", Dutch);
    }
}
