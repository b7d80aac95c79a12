using BingelOuder.Infrastructure.Options;
using Microsoft.Extensions.Options;

namespace BingelOuder.Features.Accounts.Links;

/// <summary>Builds the absolute links put into account e-mails, always on App:PublicBaseUrl.</summary>
public sealed class AccountLinks(IOptions<AppOptions> options)
{
    public const string ActivatePath = "/account/activeren";
    public const string ResetPasswordPath = "/account/wachtwoord-herstellen";
    public const string ForgotPasswordPath = "/account/wachtwoord-vergeten";
    public const string ResendActivationPath = "/account/activatie-opnieuw";
    public const string RegisterPath = "/account/registreren";
    public const string UserParameter = "gebruiker";
    public const string CodeParameter = "code";

    public string Activate(string userId, string token) => WithToken(ActivatePath, userId, token);

    public string ResetPassword(string userId, string token) => WithToken(ResetPasswordPath, userId, token);

    public string LogIn => options.Value.Link(AccountsServiceCollectionExtensions.LoginPath);

    public string ForgotPassword => options.Value.Link(ForgotPasswordPath);

    private string WithToken(string path, string userId, string token) =>
        options.Value.Link(
            $"{path}?{UserParameter}={Uri.EscapeDataString(userId)}&{CodeParameter}={Uri.EscapeDataString(token)}");
}
