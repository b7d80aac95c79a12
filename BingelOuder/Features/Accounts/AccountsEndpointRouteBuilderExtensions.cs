using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using BingelOuder.Domain;
using BingelOuder.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace BingelOuder.Features.Accounts;

public static class AccountsEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(AccountsServiceCollectionExtensions.LogoutPath, async Task<IResult> (
            HttpContext context, IAntiforgery antiforgery, ClaimsPrincipal user,
            SignInManager<AppUser> signInManager, AuditTrail audit) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return TypedResults.BadRequest();
            }

            var userId = signInManager.UserManager.GetUserId(user);
            await signInManager.SignOutAsync();
            if (userId is not null)
            {
                await audit.RecordAsync(AuditEventTypes.LoggedOut, userId);
            }

            return TypedResults.LocalRedirect("~/");
        });

        return endpoints;
    }
}
