namespace BingelOuder.Features.Overview;

public sealed record ChildOverviewResult(ChildOverviewStatus Status, ChildSummary? Child, ChildOverview? Overview)
{
    public static readonly ChildOverviewResult NotLinked = new(ChildOverviewStatus.NotLinked, null, null);

    public static ChildOverviewResult ModuleOff(ChildSummary child) => new(ChildOverviewStatus.ModuleOff, child, null);

    public static ChildOverviewResult Shown(ChildOverview overview) =>
        new(ChildOverviewStatus.Shown, overview.Child, overview);
}
