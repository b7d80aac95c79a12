using BingelOuder.Domain;

namespace BingelOuder.Features.Teaching;

public sealed record LinkedPerson(string? FirstName, string? LastName, ParentRelation Relation, DateTime LinkedAtUtc);
