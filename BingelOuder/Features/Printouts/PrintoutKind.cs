namespace BingelOuder.Features.Printouts;

public enum PrintoutKind
{
    Letters,
    Labels,
    List,
}
