using BingelOuder.Domain;

namespace BingelOuder.Features.SchoolAdmin.Links;

public sealed record LinkedPersonRow(
    int LinkId, string FirstName, string LastName, string Email, ParentRelation Relation, DateTime LinkedAtUtc);
