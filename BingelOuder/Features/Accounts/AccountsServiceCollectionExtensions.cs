using BingelOuder.Data;
using BingelOuder.Domain;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace BingelOuder.Features.Accounts;

public static class AccountsServiceCollectionExtensions
{
    public const string LoginPath = "/account/aanmelden";
    public const string LogoutPath = "/account/afmelden";
    public const string AccessDeniedPath = "/account/geen-toegang";

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
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });

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
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Parent, policy => policy.RequireRole(Roles.Parent))
            .AddPolicy(Policies.Teacher, policy => policy.RequireRole(Roles.Teacher))
            .AddPolicy(Policies.SchoolAdmin, policy => policy.RequireRole(Roles.SchoolAdmin))
            .AddPolicy(Policies.Staff, policy => policy.RequireRole(Roles.Teacher, Roles.SchoolAdmin));

        services.AddScoped<LogIn>();
        return services;
    }
}
