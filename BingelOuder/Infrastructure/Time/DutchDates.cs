using System.Globalization;

namespace BingelOuder.Infrastructure.Time;

/// <summary>Dates and times as the screens say them, on the school's calendar.</summary>
public static class DutchDates
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    /// <summary>E.g. "3 september 2026".</summary>
    public static string Day(DateTime utc) => SchoolTime.ToLocal(utc).ToString("d MMMM yyyy", Dutch);

    /// <summary>E.g. "3 september 2026 om 14:05".</summary>
    public static string DayAndTime(DateTime utc) =>
        SchoolTime.ToLocal(utc).ToString("d MMMM yyyy 'om' HH:mm", Dutch);
}
