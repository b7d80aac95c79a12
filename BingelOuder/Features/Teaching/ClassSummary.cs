namespace BingelOuder.Features.Teaching;

public sealed record ClassSummary(int Id, string Name, int PupilCount);
