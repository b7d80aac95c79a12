namespace BingelOuder.Domain;

public static class Roles
{
    public const string Parent = "Parent";
    public const string Teacher = "Teacher";
    public const string SchoolAdmin = "SchoolAdmin";

    public static readonly string[] All = [Parent, Teacher, SchoolAdmin];
}
