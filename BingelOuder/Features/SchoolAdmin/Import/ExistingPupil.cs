namespace BingelOuder.Features.SchoolAdmin.Import;

public sealed record ExistingPupil(int Id, int ClassId, int ClassNumber, string FirstName, string LastName, string Username);
