namespace BingelOuder.Features.Linking;

/// <summary>A pupil nobody can link to for now, because of too many failed attempts.</summary>
public sealed record FrozenPupil(int PupilId, string PupilName, string ClassName, DateTime FrozenUntilUtc);
