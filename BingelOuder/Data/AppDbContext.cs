using BingelOuder.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<School> Schools => Set<School>();

    public DbSet<SchoolClass> SchoolClasses => Set<SchoolClass>();

    public DbSet<Pupil> Pupils => Set<Pupil>();

    public DbSet<TeacherAssignment> TeacherAssignments => Set<TeacherAssignment>();

    public DbSet<ParentLink> ParentLinks => Set<ParentLink>();

    public DbSet<Subject> Subjects => Set<Subject>();

    public DbSet<PracticeTask> PracticeTasks => Set<PracticeTask>();

    public DbSet<ExerciseResult> ExerciseResults => Set<ExerciseResult>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<LinkAttempt> LinkAttempts => Set<LinkAttempt>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<LoginSession> LoginSessions => Set<LoginSession>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
