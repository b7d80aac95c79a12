namespace BingelOuder.Features.SchoolAdmin.ParentModule;

/// <summary>Whether the school's parent module is on, and who last switched it and when.</summary>
public sealed record ParentModuleStatus(
    bool Enabled, DateTime? ChangedAtUtc, string? ChangedByName, int LinkCount, int PupilCount);
