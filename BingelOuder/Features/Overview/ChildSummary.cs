namespace BingelOuder.Features.Overview;

/// <summary>A child linked to the parent, as the top of the child's card shows it.</summary>
public sealed record ChildSummary(
    int PupilId, string FirstName, string LastName, string ClassName, string SchoolName, bool ParentModuleEnabled)
{
    public string FullName => $"{FirstName} {LastName}";
}
