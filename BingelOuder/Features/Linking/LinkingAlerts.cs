namespace BingelOuder.Features.Linking;

public sealed record LinkingAlerts(
    IReadOnlyList<FailedLinkAttempt> RecentFailures, IReadOnlyList<FrozenPupil> FrozenPupils);
