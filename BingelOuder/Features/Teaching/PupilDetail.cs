namespace BingelOuder.Features.Teaching;

public sealed record PupilDetail(
    int Id,
    string FirstName,
    string LastName,
    int ClassId,
    string ClassName,
    int ClassNumber,
    string Username,
    string SchoolCode,
    bool ParentModuleEnabled,
    string ParentCode,
    DateTime ParentCodeIssuedAtUtc,
    IReadOnlyList<LinkedPerson> Linked)
{
    public string FullName => $"{FirstName} {LastName}";
}
