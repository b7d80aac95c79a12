using BingelOuder.Data;
using BingelOuder.Domain;
using BingelOuder.Features.Accounts.Activation;
using BingelOuder.Features.Accounts.Deletion;
using BingelOuder.Features.Accounts.Links;
using BingelOuder.Features.Accounts.Mail;
using BingelOuder.Features.Accounts.MyAccount;
using BingelOuder.Features.Accounts.Names;
using BingelOuder.Features.Accounts.Passwords;
using BingelOuder.Features.Accounts.Registration;
using BingelOuder.Features.Accounts.Sessions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace BingelOuder.Features.Accounts;

public static class AccountsServiceCollectionExtensions
{
    public const string LoginPath = "/account/aanmelden";
    public const string LogoutPath = "/account/afmelden";
    public const string AccessDeniedPath = "/account/geen-toegang";

    /// <summary>How often a request's cookie is checked against the account's security stamp.</summary>
    public static readonly TimeSpan SessionCheckInterval = TimeSpan.FromMinutes(1);

    /// <summary>How soon an open page notices a logout elsewhere, a new password or a deleted account.</summary>
    public static readonly TimeSpan CircuitCheckInterval = TimeSpan.FromSeconds(10);

    /// <summary>A login session ends after this long without a request.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    public static IServiceCollection AddAccounts(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = LoginPath;
            options.LogoutPath = LogoutPath;
            options.AccessDeniedPath = AccessDeniedPath;
            options.Cookie.Name = "BingelOuder.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = environment.IsDevelopment()
                ? CookieSecurePolicy.SameAsRequest
                : CookieSecurePolicy.Always;
            options.ExpireTimeSpan = SessionLifetime;
            options.SlidingExpiration = true;
        });
        services.AddSingleton<DatabaseTicketStore>();
        services.AddScoped<EndStaleSessions>();
        services.AddScoped<IsSessionActive>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DatabaseTicketStore>((options, store) => options.SessionStore = store);

        services.AddIdentityCore<AppUser>(options =>
            {
                options.SignIn.RequireConfirmedEmail = true;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);

                // The e-mail address is the user name; its form is checked by the pages.
                options.User.AllowedUserNameCharacters = "";
                options.Tokens.EmailConfirmationTokenProvider = AccountLinkTokenProvider.ProviderName;
                options.Tokens.PasswordResetTokenProvider = AccountLinkTokenProvider.ProviderName;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<AccountLinkTokenProvider>(AccountLinkTokenProvider.ProviderName)
            .AddPasswordValidator<PasswordPolicyValidator>()
            .AddErrorDescriber<DutchIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>();

        services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);
        services.Configure<SecurityStampValidatorOptions>(options =>
            options.ValidationInterval = SessionCheckInterval);

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Parent, policy => policy.RequireRole(Roles.Parent))
            .AddPolicy(Policies.Teacher, policy => policy.RequireRole(Roles.Teacher))
            .AddPolicy(Policies.SchoolAdmin, policy => policy.RequireRole(Roles.SchoolAdmin))
            .AddPolicy(Policies.Staff, policy => policy.RequireRole(Roles.Teacher, Roles.SchoolAdmin));

        services.AddScoped<LogIn>();
        services.AddSingleton<AccountLinks>();
        services.AddSingleton<AccountMailOutbox>();
        services.AddSingleton<AccountMailThrottle>();
        services.AddHostedService<AccountMailWorker>();
        services.AddScoped<PasswordRules>();
        services.AddScoped<RegisterParent>();
        services.AddScoped<ActivateAccount>();
        services.AddScoped<ResendActivation>();
        services.AddScoped<RequestPasswordReset>();
        services.AddScoped<ResetPassword>();
        services.AddScoped<ChangePassword>();
        services.AddScoped<GiveNames>();
        services.AddScoped<GetAccountSummary>();
        services.AddScoped<DeleteParentAccount>();
        return services;
    }
}
