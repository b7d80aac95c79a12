namespace BingelOuder.Features.Printouts;

/// <summary>
/// One pupil as the printouts show it. A plain record, so the builders serve a teacher's classes and
/// a whole school alike. <see cref="ParentCode"/> is the revealed, normalized code.
/// </summary>
public sealed record PupilPrintRow(
    int PupilId,
    string SchoolName,
    string SchoolCode,
    string ClassName,
    int ClassNumber,
    string FirstName,
    string LastName,
    string Username,
    string ParentCode,
    int LinkedCount)
{
    public string FullName => $"{FirstName} {LastName}";
}
