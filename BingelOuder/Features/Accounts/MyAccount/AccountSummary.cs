namespace BingelOuder.Features.Accounts.MyAccount;

public sealed record AccountSummary(string Email, string? FirstName, string? LastName, int LinkedChildren);
