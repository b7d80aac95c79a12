using BingelOuder.Domain;

namespace BingelOuder.Features.Teaching;

public static class RelationNames
{
    public static string Dutch(ParentRelation relation) => relation switch
    {
        ParentRelation.Parent => "Ouder",
        ParentRelation.Grandparent => "Grootouder",
        ParentRelation.Guardian => "Voogd",
        _ => "Andere",
    };
}
