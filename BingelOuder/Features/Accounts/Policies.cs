namespace BingelOuder.Features.Accounts;

public static class Policies
{
    public const string Parent = "Parent";
    public const string Teacher = "Teacher";
    public const string SchoolAdmin = "SchoolAdmin";
    public const string Staff = "Staff";
}
