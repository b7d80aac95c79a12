using System.ComponentModel.DataAnnotations;
using BingelOuder.Data;
using BingelOuder.Domain;
using BingelOuder.Infrastructure.Audit;
using BingelOuder.Infrastructure.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.SchoolAdmin.Teachers;

/// <summary>Adds teachers by e-mail (they choose their own password from an e-mail) and removes them.</summary>
public sealed partial class ManageTeachers(
    IDbContextFactory<AppDbContext> dbFactory,
    UserManager<AppUser> userManager,
    TeacherInvitation invitation,
    AuditTrail audit,
    TimeProvider clock,
    ILogger<ManageTeachers> logger)
{
    public async Task<IReadOnlyList<TeacherRow>> ListAsync(AdminContext admin, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var teacherRoleId = await db.Roles.Where(r => r.Name == Roles.Teacher).Select(r => r.Id).SingleAsync(cancellationToken);
        var rows = await db.Users
            .Where(u => u.SchoolId == admin.SchoolId && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == teacherRoleId))
            .Select(u => new TeacherRow(u.Id, u.Email!, u.FirstName ?? "", u.LastName ?? "", u.PasswordHash != null,
                u.TeachingAssignments.Select(a => a.SchoolClassId).ToList()))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.LastName).ThenBy(r => r.FirstName).ToList();
    }

    public async Task<AdminResult> AddAsync(
        AdminContext admin, string email, string firstName, string lastName, CancellationToken cancellationToken = default)
    {
        email = email.Trim();
        if (!new EmailAddressAttribute().IsValid(email) || !email.Contains('.', StringComparison.Ordinal))
        {
            return AdminResult.Fail("Vul een geldig e-mailadres in, bijvoorbeeld an.claes@school.be.");
        }

        if (string.IsNullOrWhiteSpace(firstName) || string.IsNullOrWhiteSpace(lastName))
        {
            return AdminResult.Fail("Vul de voornaam en de familienaam van de leerkracht in.");
        }

        // Known gap: a staff account belongs to one school, so a teacher of two schools needs two
        // addresses, and this answer tells an admin that the address has an account somewhere.
        if (await userManager.FindByEmailAsync(email) is not null)
        {
            return AdminResult.Fail("Er bestaat al een account met dit e-mailadres.");
        }

        var teacher = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FirstName = firstName.Trim(),
            LastName = lastName.Trim(),
            SchoolId = admin.SchoolId,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await userManager.CreateAsync(teacher);
        if (!created.Succeeded)
        {
            return AdminResult.Fail("Het account kon niet aangemaakt worden. Controleer het e-mailadres.");
        }

        await userManager.AddToRoleAsync(teacher, Roles.Teacher);
        LogAdded(logger, teacher.Id, admin.SchoolId);
        await audit.RecordAsync(AuditEventTypes.TeacherAdded, admin.UserId, admin.SchoolId,
            details: $"teacher {teacher.Id}", cancellationToken: cancellationToken);
        return await invitation.SendAsync(teacher, cancellationToken)
            ? AdminResult.Ok
            : AdminResult.Fail("De leerkracht is toegevoegd, maar de e-mail kon niet verstuurd worden. "
                + "Probeer later opnieuw met 'E-mail opnieuw sturen'.");
    }

    public async Task<AdminResult> ResendAsync(AdminContext admin, string teacherId, CancellationToken cancellationToken = default)
    {
        var teacher = await FindAsync(admin, teacherId);
        if (teacher is null)
        {
            return AdminResult.Fail("Deze leerkracht bestaat niet (meer).");
        }

        return await invitation.SendAsync(teacher, cancellationToken)
            ? AdminResult.Ok
            : AdminResult.Fail("De e-mail kon niet verstuurd worden. Probeer het later opnieuw.");
    }

    public async Task<AdminResult> RemoveAsync(AdminContext admin, string teacherId, CancellationToken cancellationToken = default)
    {
        var teacher = await FindAsync(admin, teacherId);
        if (teacher is null)
        {
            return AdminResult.Fail("Deze leerkracht bestaat niet (meer).");
        }

        await userManager.DeleteAsync(teacher);
        LogRemoved(logger, teacherId, admin.SchoolId);
        await audit.RecordAsync(AuditEventTypes.TeacherRemoved, admin.UserId, admin.SchoolId,
            details: $"teacher {teacherId}", cancellationToken: cancellationToken);
        return AdminResult.Ok;
    }

    private async Task<AppUser?> FindAsync(AdminContext admin, string teacherId)
    {
        var user = await userManager.FindByIdAsync(teacherId);
        return user is not null && user.SchoolId == admin.SchoolId && await userManager.IsInRoleAsync(user, Roles.Teacher)
            ? user
            : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Teacher {UserId} added to school {SchoolId}")]
    private static partial void LogAdded(ILogger logger, string userId, int schoolId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Teacher {UserId} removed from school {SchoolId}")]
    private static partial void LogRemoved(ILogger logger, string userId, int schoolId);
}
