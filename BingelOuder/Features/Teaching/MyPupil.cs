namespace BingelOuder.Features.Teaching;

public sealed record MyPupil(
    int Id, string ClassName, int ClassNumber, string FirstName, string LastName, string Username, int LinkedCount)
{
    public string FullName => $"{FirstName} {LastName}";
}
