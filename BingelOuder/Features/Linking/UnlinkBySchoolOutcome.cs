namespace BingelOuder.Features.Linking;

public enum UnlinkBySchoolOutcome
{
    NotFound,
    Unlinked,

    /// <summary>The link is gone, but the e-mail to the person could not be sent.</summary>
    UnlinkedWithoutMail,
}
