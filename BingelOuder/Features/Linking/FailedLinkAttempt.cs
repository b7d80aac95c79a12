namespace BingelOuder.Features.Linking;

/// <summary>One failed link attempt at a school, for the school admin; the typed code is never kept.</summary>
public sealed record FailedLinkAttempt(
    DateTime AttemptedAtUtc,
    string ParentId,
    string? PersonName,
    string? PersonEmail,
    string ClientAddress,
    int? PupilId,
    string? PupilName,
    string? ClassName,
    bool WhileFrozen);
