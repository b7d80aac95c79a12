namespace BingelOuder.Features.Overview;

public enum ChildOverviewStatus
{
    Shown = 0,

    /// <summary>The child is not linked to this parent (or does not exist): answered as not found.</summary>
    NotLinked = 1,

    /// <summary>The child's school has the parent module off: no results are shown.</summary>
    ModuleOff = 2,
}
