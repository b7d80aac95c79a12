namespace BingelOuder.Features.SchoolAdmin;

public sealed record SchoolSummary(
    int Id, string Name, string SchoolCode, bool ParentModuleEnabled, int ClassCount, int PupilCount);
