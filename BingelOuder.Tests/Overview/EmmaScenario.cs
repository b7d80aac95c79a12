using BingelOuder.Domain;
using BingelOuder.Tests.Support;

namespace BingelOuder.Tests.Overview;

/// <summary>
/// A small school on Wednesday 11 March 2026, 10:00 in Brussels, whose numbers are worked out by
/// hand in the tests. Emma (3A) made these results (Brussels times):
/// <code>
///   R1 T1 Wiskunde   Mon  9 Mar 16:00   8/10   week, month, year
///   R2 T1 Wiskunde   Tue 10 Mar 16:00   5/10   week, month, year
///   R3 T3 Wiskunde   Tue  3 Mar 16:00   6/8          month, year
///   R4 T4 Nederlands Mon 23 Feb 16:00  10/20                year
///   R5 free Frans    Mon  9 Mar 00:30   4/5    week, month, year  (Sunday 23:30 in UTC)
///   R6 free Wiskunde Sun  8 Mar 23:30   3/4          month, year
///   R7 free Nederl.  Sun 31 Aug 2025 21:00  1/10   last school year
///   R8 free Nederl.  Mon  1 Sep 2025 00:10  9/10            year
///   R9 free Wiskunde Sat 28 Feb 23:30   2/2                 year  (March starts at 23:00 UTC)
/// </code>
/// Tasks of 3A: T1 Wiskunde (Mon 9 Mar), T2 Nederlands (Tue 10 Mar, not made), T3 Wiskunde (Mon 2 Mar),
/// T4 Nederlands (Fri 20 Feb), T6 (Thu 12 Mar, not yet given). 3B has T5 this week. Lucas (3A) made T1 too;
/// Mila (3A) never practised.
/// </summary>
public sealed class EmmaScenario
{
    public static TestClock Now => TestClock.AtBrussels(2026, 3, 11, 10);

    public required AppUser Parent { get; init; }

    public required Pupil Emma { get; init; }

    public required Pupil Lucas { get; init; }

    /// <summary>In 3A, never practised.</summary>
    public required Pupil Mila { get; init; }

    public static async Task<EmmaScenario> CreateAsync(TestApp app, bool moduleOn = true)
    {
        await using var db = app.CreateDbContext();
        var school = new SchoolBuilder(db, moduleOn: moduleOn);
        var class3A = await school.ClassAsync("3A");
        var class3B = await school.ClassAsync("3B");
        var emma = await school.PupilAsync(class3A, "Emma", "Claes");
        var lucas = await school.PupilAsync(class3A, "Lucas", "Peeters");
        var noor = await school.PupilAsync(class3B, "Noor", "Janssens");
        var mila = await school.PupilAsync(class3A, "Mila", "Wouters");
        var wiskunde = await school.SubjectAsync("Wiskunde");
        var nederlands = await school.SubjectAsync("Nederlands");
        var frans = await school.SubjectAsync("Frans");

        var t1 = await school.TaskAsync(class3A, wiskunde, "Tafels van 7", new DateTime(2026, 3, 9, 8, 30, 0));
        await school.TaskAsync(class3A, nederlands, "Werkwoorden", new DateTime(2026, 3, 10, 8, 30, 0));
        var t3 = await school.TaskAsync(class3A, wiskunde, "Breuken", new DateTime(2026, 3, 2, 8, 30, 0));
        var t4 = await school.TaskAsync(class3A, nederlands, "Spelling ei/ij", new DateTime(2026, 2, 20, 8, 30, 0));
        var t5 = await school.TaskAsync(class3B, wiskunde, "Klokkijken", new DateTime(2026, 3, 9, 8, 30, 0));
        await school.TaskAsync(class3A, frans, "Les mois", new DateTime(2026, 3, 12, 8, 30, 0));

        await school.ResultAsync(emma, wiskunde, new DateTime(2026, 3, 9, 16, 0, 0), 8, 10, t1);
        await school.ResultAsync(emma, wiskunde, new DateTime(2026, 3, 10, 16, 0, 0), 5, 10, t1);
        await school.ResultAsync(emma, wiskunde, new DateTime(2026, 3, 3, 16, 0, 0), 6, 8, t3);
        await school.ResultAsync(emma, nederlands, new DateTime(2026, 2, 23, 16, 0, 0), 10, 20, t4);
        await school.ResultAsync(emma, frans, new DateTime(2026, 3, 9, 0, 30, 0), 4, 5);
        await school.ResultAsync(emma, wiskunde, new DateTime(2026, 3, 8, 23, 30, 0), 3, 4);
        await school.ResultAsync(emma, nederlands, new DateTime(2025, 8, 31, 21, 0, 0), 1, 10);
        await school.ResultAsync(emma, nederlands, new DateTime(2025, 9, 1, 0, 10, 0), 9, 10);
        await school.ResultAsync(emma, wiskunde, new DateTime(2026, 2, 28, 23, 30, 0), 2, 2);

        await school.ResultAsync(lucas, wiskunde, new DateTime(2026, 3, 9, 17, 0, 0), 10, 10, t1);
        await school.ResultAsync(noor, wiskunde, new DateTime(2026, 3, 9, 17, 0, 0), 1, 10, t5);

        var parent = await app.CreateParentAsync($"ouder.{Guid.NewGuid():N}@example.be", "Els", "Claes");
        await app.LinkAsync(parent, emma.Id);
        return new EmmaScenario { Parent = parent, Emma = emma, Lucas = lucas, Mila = mila };
    }
}
