namespace BingelOuder.Domain;

public static class AuditEventTypes
{
    public const string ParentModuleSwitched = "ParentModuleSwitched";
    public const string LoginSucceeded = "LoginSucceeded";
    public const string LoginFailed = "LoginFailed";
    public const string LockedOut = "LockedOut";
    public const string LoggedOut = "LoggedOut";
    public const string ParentCodeRenewed = "ParentCodeRenewed";
    public const string RosterImported = "RosterImported";
    public const string PupilRemoved = "PupilRemoved";
    public const string TeacherAdded = "TeacherAdded";
    public const string TeacherRemoved = "TeacherRemoved";
    public const string SchoolAdded = "SchoolAdded";
}
