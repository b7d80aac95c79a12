using BingelOuder.Domain;

namespace BingelOuder.Features.Linking;

/// <summary>The relation to a child as the screens and e-mails say it.</summary>
public static class ParentRelationText
{
    public static readonly IReadOnlyList<ParentRelation> All =
        [ParentRelation.Parent, ParentRelation.Grandparent, ParentRelation.Guardian, ParentRelation.Other];

    /// <summary>The choice on the form: "ouder", "grootouder", "voogd", "andere".</summary>
    public static string Label(ParentRelation relation) => relation switch
    {
        ParentRelation.Parent => "ouder",
        ParentRelation.Grandparent => "grootouder",
        ParentRelation.Guardian => "voogd",
        _ => "andere",
    };

    /// <summary>Fits "X heeft zich ... gekoppeld": "als ouder", "met een andere relatie".</summary>
    public static string AsPhrase(ParentRelation relation) =>
        relation == ParentRelation.Other ? "met een andere relatie tot het kind" : $"als {Label(relation)}";
}
