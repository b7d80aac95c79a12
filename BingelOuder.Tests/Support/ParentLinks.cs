using BingelOuder.Domain;

namespace BingelOuder.Tests.Support;

public static class ParentLinks
{
    /// <summary>Links a parent to a pupil straight in the store, as a finished linking would.</summary>
    public static async Task LinkAsync(this TestApp app, AppUser parent, int pupilId)
    {
        await using var db = app.CreateDbContext();
        db.ParentLinks.Add(new ParentLink
        {
            ParentId = parent.Id, PupilId = pupilId, Relation = ParentRelation.Parent, LinkedAtUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }
}
