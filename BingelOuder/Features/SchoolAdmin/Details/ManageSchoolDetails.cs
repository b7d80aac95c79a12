using BingelOuder.Data;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.SchoolAdmin.Details;

public sealed class ManageSchoolDetails(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<SchoolDetails> GetAsync(AdminContext admin, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Schools.Where(s => s.Id == admin.SchoolId)
            .Select(s => new SchoolDetails(s.Name, s.Address, s.SchoolCode))
            .SingleAsync(cancellationToken);
    }

    public async Task<AdminResult> UpdateAsync(
        AdminContext admin, string name, string? address, CancellationToken cancellationToken = default)
    {
        name = name.Trim();
        if (name.Length is 0 or > 200)
        {
            return AdminResult.Fail("Vul de naam van de school in (ten hoogste 200 tekens).");
        }

        address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        if (address?.Length > 400)
        {
            return AdminResult.Fail("Het adres is te lang (ten hoogste 400 tekens).");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Schools.Where(s => s.Id == admin.SchoolId).ExecuteUpdateAsync(
            set => set.SetProperty(s => s.Name, name).SetProperty(s => s.Address, address), cancellationToken);
        return AdminResult.Ok;
    }
}
