using BingelOuder.Features.Linking;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.Linking;

public sealed class RenewParentCodeTests
{
    [Fact]
    public async Task Renewing_a_pupil_replaces_the_code_so_the_old_one_no_longer_matches()
    {
        await using var app = new TestApp(seed: true);
        var ct = TestContext.Current.CancellationToken;
        var protector = app.Service<ParentCodeProtector>();
        int pupilId;
        string oldCode;
        await using (var db = app.CreateDbContext())
        {
            var pupil = await db.Pupils.OrderBy(p => p.Id).FirstAsync(ct);
            pupilId = pupil.Id;
            oldCode = protector.Reveal(pupil.ParentCodeProtected);
        }

        var renewed = await app.Service<RenewParentCode>().ForPupilAsync(pupilId, "test-user", ct);

        await using var after = app.CreateDbContext();
        var stored = await after.Pupils.SingleAsync(p => p.Id == pupilId, ct);
        Assert.Equal(1, renewed);
        Assert.False(protector.Matches(stored.ParentCodeProtected, oldCode));
        Assert.NotNull(ParentCodeFormat.Normalize(protector.Reveal(stored.ParentCodeProtected)));
        Assert.True(await after.AuditEvents.AnyAsync(e => e.Type == "ParentCodeRenewed" && e.PupilId == pupilId, ct));
    }

    [Fact]
    public async Task Renewing_a_class_renews_every_pupil_of_that_class_only()
    {
        await using var app = new TestApp(seed: true);
        var ct = TestContext.Current.CancellationToken;
        Dictionary<int, string> before;
        int classId;
        await using (var db = app.CreateDbContext())
        {
            classId = await db.SchoolClasses.Where(c => c.Name == "3A").Select(c => c.Id).SingleAsync(ct);
            before = await db.Pupils.ToDictionaryAsync(p => p.Id, p => p.ParentCodeProtected, ct);
        }

        var renewed = await app.Service<RenewParentCode>().ForClassAsync(classId, "test-user", ct);

        await using var after = app.CreateDbContext();
        var pupils = await after.Pupils.ToListAsync(ct);
        Assert.Equal(pupils.Count(p => p.SchoolClassId == classId), renewed);
        Assert.All(pupils, p => Assert.Equal(p.SchoolClassId != classId, before[p.Id] == p.ParentCodeProtected));
    }
}
