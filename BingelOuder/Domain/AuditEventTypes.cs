namespace BingelOuder.Domain;

public static class AuditEventTypes
{
    public const string ParentModuleSwitched = "ParentModuleSwitched";
    public const string LoginSucceeded = "LoginSucceeded";
    public const string LoginFailed = "LoginFailed";
    public const string LockedOut = "LockedOut";
    public const string LoggedOut = "LoggedOut";
    public const string ParentCodeRenewed = "ParentCodeRenewed";
    public const string PrintoutDownloaded = "PrintoutDownloaded";
}
