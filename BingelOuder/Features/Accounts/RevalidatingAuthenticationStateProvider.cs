using BingelOuder.Features.Accounts.Sessions;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace BingelOuder.Features.Accounts;

/// <summary>
/// Re-checks a connected circuit's login session and security stamp, so a logout in another tab, a
/// password change or a deleted account ends open pages within seconds.
/// </summary>
internal sealed class RevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory, IServiceScopeFactory scopeFactory)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => AccountsServiceCollectionExtensions.CircuitCheckInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<IsSessionActive>();
        return await sessions.ExecuteAsync(authenticationState.User, cancellationToken);
    }
}
