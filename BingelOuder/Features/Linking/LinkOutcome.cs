namespace BingelOuder.Features.Linking;

public enum LinkOutcome
{
    Linked,
    AlreadyLinked,

    /// <summary>The four fields do not match one pupil; never says which field was wrong.</summary>
    Mismatch,

    /// <summary>The account or the client address reached its limit of failed attempts.</summary>
    TooManyAttempts,

    /// <summary>Too many failed attempts for this pupil: linking to it waits, whatever the code.</summary>
    PupilFrozen,

    /// <summary>The school exists but has not switched the parent module on.</summary>
    ModuleOff,

    /// <summary>The account was deleted (in another tab) while this page was open.</summary>
    AccountGone,
}
