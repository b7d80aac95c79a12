namespace BingelOuder.Domain;

public static class AuditEventTypes
{
    public const string ParentModuleSwitched = "ParentModuleSwitched";
    public const string LoginSucceeded = "LoginSucceeded";
    public const string LoginFailed = "LoginFailed";
    public const string LockedOut = "LockedOut";
    public const string LoggedOut = "LoggedOut";
    public const string ParentCodeRenewed = "ParentCodeRenewed";
    public const string ParentRegistered = "ParentRegistered";
    public const string RegistrationForExistingAccount = "RegistrationForExistingAccount";
    public const string AccountActivated = "AccountActivated";
    public const string ActivationMailRequested = "ActivationMailRequested";
    public const string PasswordResetRequested = "PasswordResetRequested";
    public const string PasswordReset = "PasswordReset";
    public const string PasswordChanged = "PasswordChanged";
    public const string AccountDeleted = "AccountDeleted";
    public const string ParentLinked = "ParentLinked";
    public const string ParentUnlinked = "ParentUnlinked";
    public const string PupilFrozenForLinking = "PupilFrozenForLinking";
    public const string ParentLinkReported = "ParentLinkReported";
    public const string ChildResultsViewed = "ChildResultsViewed";
    public const string ChildAccessDenied = "ChildAccessDenied";
    public const string ApiKeyCreated = "ApiKeyCreated";
    public const string ApiKeyRevoked = "ApiKeyRevoked";
    public const string PrintoutDownloaded = "PrintoutDownloaded";
    public const string RosterImported = "RosterImported";
    public const string PupilRemoved = "PupilRemoved";
    public const string TeacherAdded = "TeacherAdded";
    public const string TeacherRemoved = "TeacherRemoved";
    public const string SchoolAdded = "SchoolAdded";
}
