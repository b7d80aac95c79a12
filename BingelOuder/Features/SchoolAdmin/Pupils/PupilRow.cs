namespace BingelOuder.Features.SchoolAdmin.Pupils;

public sealed record PupilRow(
    int Id, int ClassId, string ClassName, int ClassNumber, string FirstName, string LastName, string Username, int LinkCount);
