namespace BingelOuder.Features.Overview;

public sealed record SubjectScore(string Subject, int Exercises, Score Score);
