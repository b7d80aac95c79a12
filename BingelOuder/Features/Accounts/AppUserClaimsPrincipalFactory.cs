using System.Security.Claims;
using BingelOuder.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BingelOuder.Features.Accounts;

/// <summary>Adds the names-missing mark to a parent's cookie, so every page can ask for names first.</summary>
internal sealed class AppUserClaimsPrincipalFactory(
    UserManager<AppUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var isParent = identity.HasClaim(identity.RoleClaimType, Roles.Parent);
        if (isParent && (string.IsNullOrWhiteSpace(user.FirstName) || string.IsNullOrWhiteSpace(user.LastName)))
        {
            identity.AddClaim(new Claim(AccountClaims.NamesMissing, "true"));
        }

        return identity;
    }
}
