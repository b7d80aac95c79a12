namespace BingelOuder.Features.Printouts;

public sealed record PrintableClass(int Id, int SchoolId, string Name, int PupilCount);
