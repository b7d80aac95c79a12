using System.Security.Cryptography;
using BingelOuder.Data;
using BingelOuder.Domain;
using BingelOuder.Features.Accounts;
using BingelOuder.Features.Linking;
using BingelOuder.Features.SchoolAdmin.Teachers;
using BingelOuder.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.SchoolAdmin.Onboarding;

/// <summary>
/// Registers a new school with its first school admin, who gets an e-mail to choose a password.
/// The parent module starts switched off.
/// </summary>
public sealed partial class AddSchool(
    IDbContextFactory<AppDbContext> dbFactory,
    UserManager<AppUser> userManager,
    TeacherInvitation invitation,
    AuditTrail audit,
    TimeProvider clock,
    ILogger<AddSchool> logger)
{
    public const int SchoolCodeLength = 6;

    public async Task<(School? School, string? Error)> ExecuteAsync(
        string name, string adminEmail, string adminFirstName, string adminLastName, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(adminEmail))
        {
            return (null, "A school name and an admin e-mail address are required.");
        }

        if (!ValidEmailAddressAttribute.IsValidAddress(adminEmail.Trim()))
        {
            return (null, $"'{adminEmail.Trim()}' is not a valid e-mail address; the admin's invitation goes there.");
        }

        if (await userManager.FindByEmailAsync(adminEmail.Trim()) is not null)
        {
            return (null, "An account with that e-mail address already exists.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var school = new School { Name = name.Trim(), SchoolCode = await NewSchoolCodeAsync(db, cancellationToken) };
        db.Schools.Add(school);
        await db.SaveChangesAsync(cancellationToken);

        var admin = new AppUser
        {
            UserName = adminEmail.Trim(),
            Email = adminEmail.Trim(),
            EmailConfirmed = true,
            FirstName = adminFirstName.Trim(),
            LastName = adminLastName.Trim(),
            SchoolId = school.Id,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await userManager.CreateAsync(admin);
        if (!created.Succeeded)
        {
            db.Schools.Remove(school);
            await db.SaveChangesAsync(cancellationToken);
            return (null, "The admin account could not be created: " + string.Join(", ", created.Errors.Select(e => e.Code)));
        }

        await userManager.AddToRoleAsync(admin, Roles.SchoolAdmin);
        LogAdded(logger, school.Id, admin.Id);
        await audit.RecordAsync(AuditEventTypes.SchoolAdded, admin.Id, school.Id, cancellationToken: cancellationToken);
        var mailed = await invitation.SendAsync(admin, cancellationToken, asSchoolAdmin: true);
        return (school, mailed ? null : "The school was added, but the e-mail to the admin could not be sent.");
    }

    private static async Task<string> NewSchoolCodeAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        while (true)
        {
            var code = RandomNumberGenerator.GetString(ParentCodeFormat.Alphabet, SchoolCodeLength);
            if (!await db.Schools.AnyAsync(s => s.SchoolCode == code, cancellationToken))
            {
                return code;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "School {SchoolId} added with admin {UserId}")]
    private static partial void LogAdded(ILogger logger, int schoolId, string userId);
}
