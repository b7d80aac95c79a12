namespace BingelOuder.Features.SchoolAdmin.Details;

public sealed record SchoolDetails(string Name, string? Address, string SchoolCode);
