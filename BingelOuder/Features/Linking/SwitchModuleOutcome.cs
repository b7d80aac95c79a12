namespace BingelOuder.Features.Linking;

public enum SwitchModuleOutcome
{
    Switched,

    /// <summary>The module was already in the asked state; nothing was recorded.</summary>
    Unchanged,

    /// <summary>The acting user is not a school admin of this school (or the school does not exist).</summary>
    NotAllowed,
}
