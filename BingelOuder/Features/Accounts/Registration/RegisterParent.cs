using BingelOuder.Domain;
using BingelOuder.Features.Accounts.Links;
using BingelOuder.Features.Accounts.Mail;
using BingelOuder.Features.Accounts.Passwords;
using BingelOuder.Infrastructure.Audit;
using BingelOuder.Infrastructure.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.Accounts.Registration;

/// <summary>
/// Creates a parent account and sends its activation e-mail. For an address that already has an
/// account it sends that owner a notice instead. Both ways do the same expensive work (one
/// password hash, one e-mail) and answer no sooner than <see cref="AnswerTime"/>, so neither the
/// answer nor its timing tells whether the address is known.
/// </summary>
public sealed partial class RegisterParent(
    UserManager<AppUser> users,
    PasswordRules passwordRules,
    AccountLinks links,
    IMailSender mailSender,
    AuditTrail audit,
    TimeProvider clock,
    ILogger<RegisterParent> logger)
{
    public static readonly TimeSpan AnswerTime = TimeSpan.FromSeconds(1);

    // Not limited per client address yet: one client can register many addresses (one e-mail each).

    public async Task<RegistrationResult> ExecuteAsync(
        string email, string password, string? clientAddress, CancellationToken cancellationToken = default)
    {
        email = email.Trim();
        var passwordErrors = await passwordRules.CheckAsync(password, email);
        if (passwordErrors.Count > 0)
        {
            return RegistrationResult.PasswordRefused(passwordErrors);
        }

        var started = clock.GetTimestamp();
        var existing = await users.FindByEmailAsync(email);
        var mail = existing is null
            ? await CreateAsync(email, password, clientAddress)
            : await ForExistingAccountAsync(existing, password, clientAddress);

        var result = await SendAsync(mail, cancellationToken);
        var left = AnswerTime - clock.GetElapsedTime(started);
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left, clock, cancellationToken);
        }

        return result;
    }

    private async Task<OutgoingMail> CreateAsync(string email, string password, string? clientAddress)
    {
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, password);
        }
        catch (DbUpdateException)
        {
            created = IdentityResult.Failed(users.ErrorDescriber.DuplicateEmail(email));
        }

        if (!created.Succeeded)
        {
            // Registered at the same moment by another request: answer as for any existing account.
            var other = created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName")
                ? await users.FindByEmailAsync(email)
                : null;
            return other is not null
                ? await ForExistingAccountAsync(other, password, clientAddress)
                : throw new InvalidOperationException(
                    "Account could not be created: " + string.Join(", ", created.Errors.Select(e => e.Code)));
        }

        await users.AddToRoleAsync(user, Roles.Parent);
        LogRegistered(logger, user.Id);
        await audit.RecordAsync(AuditEventTypes.ParentRegistered, user.Id, clientAddress: clientAddress);
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        return AccountMails.Activation(email, links.Activate(user.Id, token));
    }

    private async Task<OutgoingMail> ForExistingAccountAsync(AppUser user, string password, string? clientAddress)
    {
        // The hash a new account would cost; the result is not used.
        users.PasswordHasher.HashPassword(user, password);
        LogExisting(logger, user.Id);
        await audit.RecordAsync(
            AuditEventTypes.RegistrationForExistingAccount, user.Id, user.SchoolId, clientAddress: clientAddress);
        if (user.EmailConfirmed)
        {
            return AccountMails.AlreadyRegistered(user.Email!, links.LogIn, links.ForgotPassword);
        }

        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        return AccountMails.ActivationForExistingAccount(user.Email!, links.Activate(user.Id, token));
    }

    private async Task<RegistrationResult> SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        try
        {
            await mailSender.SendAsync(mail, cancellationToken);
            return RegistrationResult.MailSent;
        }
        catch (MailDeliveryException)
        {
            LogMailFailed(logger);
            return RegistrationResult.MailFailed;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Parent account {UserId} registered")]
    private static partial void LogRegistered(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registration tried again for existing account {UserId}")]
    private static partial void LogExisting(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Registration e-mail could not be sent")]
    private static partial void LogMailFailed(ILogger logger);
}
