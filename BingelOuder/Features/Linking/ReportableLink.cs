using BingelOuder.Domain;

namespace BingelOuder.Features.Linking;

/// <summary>Someone else's link to a child the reporter is linked to, as the report page shows it.</summary>
public sealed record ReportableLink(
    int LinkId,
    int PupilId,
    string PersonName,
    ParentRelation Relation,
    DateTime LinkedAtUtc,
    string ChildFirstName,
    string ClassName,
    string SchoolName,
    bool AlreadyReported);
