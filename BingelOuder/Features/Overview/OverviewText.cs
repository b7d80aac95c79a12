using System.Globalization;

namespace BingelOuder.Features.Overview;

/// <summary>The overview's words and dates in Dutch (nl-BE), whatever the server's culture.</summary>
public static class OverviewText
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    public static string PeriodName(PeriodKind kind) => kind switch
    {
        PeriodKind.ThisWeek => "Deze week",
        PeriodKind.ThisMonth => "Deze maand",
        _ => "Dit schooljaar",
    };

    /// <summary>"deze week" etc., for use inside a sentence.</summary>
    public static string InPeriod(PeriodKind kind) => kind switch
    {
        PeriodKind.ThisWeek => "deze week",
        PeriodKind.ThisMonth => "deze maand",
        _ => "dit schooljaar",
    };

    public static string Range(ReportingPeriod period)
    {
        var last = period.EndDay.AddDays(-1);
        return period.Kind switch
        {
            PeriodKind.ThisWeek => $"{Day(period.FirstDay)} tot en met {Day(last)}",
            PeriodKind.ThisMonth => period.FirstDay.ToString("MMMM yyyy", Dutch),
            _ => $"schooljaar {period.FirstDay.Year}-{period.EndDay.Year}",
        };
    }

    /// <summary>"maandag 2 maart 2026".</summary>
    public static string Day(DateOnly date) => date.ToString("dddd d MMMM yyyy", Dutch);

    /// <summary>"2/3": day and month, as a Belgian reads a short date.</summary>
    public static string ShortDate(DateOnly date) => date.ToString("d/M", Dutch);

    public static string Percent(Score score) => $"{score.Percent}%";
}
