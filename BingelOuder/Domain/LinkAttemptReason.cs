namespace BingelOuder.Domain;

public enum LinkAttemptReason
{
    /// <summary>The four fields did not match one pupil; counts for the pupil when one was found.</summary>
    Mismatch = 0,

    /// <summary>The pupil was frozen for linking; the code was not checked.</summary>
    PupilFrozen = 1,
}
