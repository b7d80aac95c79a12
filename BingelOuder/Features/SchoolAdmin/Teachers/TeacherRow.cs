namespace BingelOuder.Features.SchoolAdmin.Teachers;

public sealed record TeacherRow(
    string Id, string Email, string FirstName, string LastName, bool HasPassword, IReadOnlyList<int> ClassIds);
