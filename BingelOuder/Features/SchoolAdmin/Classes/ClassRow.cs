namespace BingelOuder.Features.SchoolAdmin.Classes;

public sealed record ClassRow(int Id, string Name, int PupilCount, IReadOnlyList<string> Teachers);
