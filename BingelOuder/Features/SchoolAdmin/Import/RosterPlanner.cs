using BingelOuder.Domain;
using BingelOuder.Features.SchoolAdmin.Classes;

namespace BingelOuder.Features.SchoolAdmin.Import;

/// <summary>
/// Compares a class list with the school's pupils. A row with a username matches that pupil; a
/// row without one matches the only pupil of the school with the same first and last name.
/// Pupils not in the file stay as they are.
/// </summary>
public static class RosterPlanner
{
    public const int MaxClassNumber = 99;
    public const int MaxNameLength = 100;

    public static RosterPlan Plan(
        IReadOnlyList<RosterRow> rows,
        IReadOnlyDictionary<string, int> classIdsByName,
        IReadOnlyList<ExistingPupil> pupils,
        ISet<string> usernamesOfOtherSchools)
    {
        if (rows.Count == 0)
        {
            return RosterPlan.Fail("Het bestand bevat geen leerlingen.");
        }

        var errors = new List<RosterError>();
        var changes = new List<RosterChange>();
        var classNames = classIdsByName.ToDictionary(p => p.Value, p => p.Key);
        var byUsername = pupils.ToDictionary(p => p.Username, StringComparer.OrdinalIgnoreCase);
        var byName = pupils.ToLookup(p => NameKey(p.FirstName, p.LastName));
        var matched = new Dictionary<int, int>();
        var usernamesInFile = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

        foreach (var row in rows)
        {
            var rowErrors = ValidateFields(row, classIdsByName, out var classId, out var number);
            var pupil = rowErrors.Count == 0 ? Match(row, byUsername, byName, usernamesOfOtherSchools, rowErrors) : null;
            if (row.Username is not null && !usernamesInFile.TryAdd(row.Username, row.Line))
            {
                rowErrors.Add($"Gebruikersnaam {row.Username} staat ook op regel {usernamesInFile[row.Username]}.");
            }

            if (pupil is not null && !matched.TryAdd(pupil.Id, row.Line))
            {
                rowErrors.Add($"Deze leerling staat ook op regel {matched[pupil.Id]}.");
            }

            if (rowErrors.Count > 0)
            {
                errors.AddRange(rowErrors.Select(reason => new RosterError(row.Line, reason)));
                continue;
            }

            changes.Add(ToChange(row, pupil, classId, number, classNames));
        }

        var clashes = FindNumberClashes(changes, pupils, matched.Keys.ToHashSet(), classNames).ToList();
        errors.AddRange(clashes);

        // A row in error is shown as an error only, not also as a change.
        var wrongLines = clashes.Select(e => e.Line).ToHashSet();
        changes.RemoveAll(c => wrongLines.Contains(c.Line));
        return new RosterPlan(changes, errors.OrderBy(e => e.Line).ToList(), null);
    }

    private static List<string> ValidateFields(
        RosterRow row, IReadOnlyDictionary<string, int> classIdsByName, out int classId, out int number)
    {
        var errors = new List<string>();
        classId = 0;
        number = 0;
        var className = ClassName.Normalize(row.ClassName);
        if (className.Length == 0)
        {
            errors.Add("De klas is leeg.");
        }
        else if (!classIdsByName.TryGetValue(className, out classId))
        {
            errors.Add($"Klas {className} bestaat niet. Maak ze eerst aan in de stap Klassen.");
        }

        if (!int.TryParse(row.ClassNumber, out number) || number < 1 || number > MaxClassNumber)
        {
            errors.Add($"Het klasnummer \"{row.ClassNumber}\" is geen getal van 1 tot {MaxClassNumber}.");
        }

        if (row.FirstName.Length == 0)
        {
            errors.Add("De voornaam is leeg.");
        }

        if (row.LastName.Length == 0)
        {
            errors.Add("De familienaam is leeg.");
        }

        if (row.FirstName.Length > MaxNameLength || row.LastName.Length > MaxNameLength)
        {
            errors.Add($"Een naam is langer dan {MaxNameLength} tekens.");
        }

        if (row.Username is { } username
            && (username.Length > PupilUsername.MaxLength || !username.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')))
        {
            errors.Add("De gebruikersnaam mag alleen letters, cijfers, punten, streepjes en lage streepjes bevatten.");
        }

        return errors;
    }

    private static ExistingPupil? Match(
        RosterRow row,
        Dictionary<string, ExistingPupil> byUsername,
        ILookup<string, ExistingPupil> byName,
        ISet<string> usernamesOfOtherSchools,
        List<string> errors)
    {
        if (row.Username is not null)
        {
            if (byUsername.TryGetValue(row.Username, out var pupil))
            {
                return pupil;
            }

            // Usernames are unique across schools, as logins on the practice platform are; the
            // answer does reveal that another school uses the name (known gap).
            if (usernamesOfOtherSchools.Contains(row.Username))
            {
                errors.Add($"De gebruikersnaam {row.Username} is al in gebruik.");
            }

            return null;
        }

        var sameName = byName[NameKey(row.FirstName, row.LastName)].ToList();
        if (sameName.Count > 1)
        {
            errors.Add($"Er zijn {sameName.Count} leerlingen die {row.FirstName} {row.LastName} heten. "
                + "Vul de gebruikersnaam in om te zeggen wie bedoeld is.");
            return null;
        }

        return sameName.SingleOrDefault();
    }

    private static RosterChange ToChange(
        RosterRow row, ExistingPupil? pupil, int classId, int number, Dictionary<int, string> classNames)
    {
        var className = classNames[classId];
        if (pupil is null)
        {
            return new RosterChange(row.Line, RosterChangeKind.Add, null, classId, className, number,
                row.FirstName, row.LastName, row.Username, null);
        }

        var before = $"{classNames.GetValueOrDefault(pupil.ClassId, "?")} nr. {pupil.ClassNumber}, "
            + $"{pupil.FirstName} {pupil.LastName}";
        var kind = pupil.ClassId != classId ? RosterChangeKind.Move
            : pupil.ClassNumber != number || pupil.FirstName != row.FirstName || pupil.LastName != row.LastName
                ? RosterChangeKind.Change
                : RosterChangeKind.Unchanged;
        return new RosterChange(row.Line, kind, pupil.Id, classId, className, number,
            row.FirstName, row.LastName, pupil.Username, kind == RosterChangeKind.Unchanged ? null : before);
    }

    /// <summary>After the import every class number may be used once per class, counting pupils not in the file.</summary>
    private static IEnumerable<RosterError> FindNumberClashes(
        List<RosterChange> changes, IReadOnlyList<ExistingPupil> pupils, HashSet<int> inFile,
        Dictionary<int, string> classNames)
    {
        var staying = pupils.Where(p => !inFile.Contains(p.Id))
            .ToDictionary(p => (p.ClassId, p.ClassNumber), p => $"{p.FirstName} {p.LastName}");
        foreach (var group in changes.GroupBy(c => (c.ClassId, c.ClassNumber)))
        {
            var rowsOfSlot = group.ToList();
            var slot = $"Klasnummer {group.Key.ClassNumber} in {classNames[group.Key.ClassId]}";
            if (rowsOfSlot.Count > 1)
            {
                foreach (var change in rowsOfSlot)
                {
                    var others = string.Join(", ", rowsOfSlot.Where(c => c != change).Select(c => c.Line));
                    yield return new RosterError(change.Line, $"{slot} staat ook op regel {others}.");
                }
            }
            else if (staying.TryGetValue(group.Key, out var holder))
            {
                yield return new RosterError(rowsOfSlot[0].Line,
                    $"{slot} is al van {holder}, die niet in het bestand staat.");
            }
        }
    }

    private static string NameKey(string first, string last) =>
        $"{first.Trim().ToUpperInvariant()}|{last.Trim().ToUpperInvariant()}";
}
