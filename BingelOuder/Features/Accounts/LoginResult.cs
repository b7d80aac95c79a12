namespace BingelOuder.Features.Accounts;

public sealed record LoginResult(LoginOutcome Outcome, string RedirectTo = "/");
