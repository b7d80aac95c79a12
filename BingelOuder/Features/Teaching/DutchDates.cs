using System.Globalization;
using BingelOuder.Infrastructure.Time;

namespace BingelOuder.Features.Teaching;

public static class DutchDates
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    /// <summary>E.g. "3 september 2026", on the school's calendar.</summary>
    public static string Day(DateTime utc) => SchoolTime.ToLocal(utc).ToString("d MMMM yyyy", Dutch);
}
