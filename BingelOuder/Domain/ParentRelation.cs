namespace BingelOuder.Domain;

public enum ParentRelation
{
    Parent = 0,
    Grandparent = 1,
    Guardian = 2,
    Other = 3,
}
