namespace BingelOuder.Features.SchoolAdmin.Import;

public sealed record RosterError(int Line, string Reason);
