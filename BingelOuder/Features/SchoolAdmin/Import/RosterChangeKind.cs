namespace BingelOuder.Features.SchoolAdmin.Import;

public enum RosterChangeKind
{
    Add,
    Change,
    Move,
    Unchanged,
}
