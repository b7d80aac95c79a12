namespace BingelOuder.Features.SchoolAdmin;

/// <summary>The acting school admin and the one school they manage; every admin service is scoped by it.</summary>
public sealed record AdminContext(string UserId, int SchoolId);
