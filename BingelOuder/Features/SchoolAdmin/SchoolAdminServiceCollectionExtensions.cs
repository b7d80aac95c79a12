using BingelOuder.Features.SchoolAdmin.Assignments;
using BingelOuder.Features.SchoolAdmin.Classes;
using BingelOuder.Features.SchoolAdmin.Import;
using BingelOuder.Features.SchoolAdmin.Links;
using BingelOuder.Features.SchoolAdmin.Onboarding;
using BingelOuder.Features.SchoolAdmin.ParentModule;
using BingelOuder.Features.SchoolAdmin.Pupils;
using BingelOuder.Features.SchoolAdmin.Details;
using BingelOuder.Features.SchoolAdmin.Teachers;

namespace BingelOuder.Features.SchoolAdmin;

public static class SchoolAdminServiceCollectionExtensions
{
    public static IServiceCollection AddSchoolAdmin(this IServiceCollection services)
    {
        services.AddScoped<GetSchoolSummary>();
        services.AddScoped<GetAdminContext>();
        services.AddScoped<ManageSchoolDetails>();
        services.AddScoped<ManageClasses>();
        services.AddScoped<ManageTeachers>();
        services.AddScoped<TeacherInvitation>();
        services.AddScoped<ManagePupils>();
        services.AddScoped<ImportRoster>();
        services.AddScoped<ManageAssignments>();
        services.AddScoped<AddSchool>();
        services.AddScoped<GetParentModuleStatus>();
        services.AddScoped<ListSchoolLinks>();
        services.AddScoped<ManageParentCodes>();
        return services;
    }
}
