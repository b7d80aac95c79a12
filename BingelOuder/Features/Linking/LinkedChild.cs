using BingelOuder.Domain;

namespace BingelOuder.Features.Linking;

/// <summary>A child a parent is linked to, as the parent's list shows it.</summary>
public sealed record LinkedChild(
    int LinkId,
    string FirstName,
    string LastName,
    string ClassName,
    string SchoolName,
    bool ParentModuleEnabled,
    ParentRelation Relation,
    DateTime LinkedAtUtc);
