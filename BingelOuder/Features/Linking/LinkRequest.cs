using BingelOuder.Domain;

namespace BingelOuder.Features.Linking;

/// <summary>A link request whose fields have the right shape, normalized by <see cref="LinkChildInput"/>.</summary>
public sealed record LinkRequest(
    string ParentCode, string SchoolCode, string ClassName, int ClassNumber, ParentRelation Relation);
