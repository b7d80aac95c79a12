namespace BingelOuder.Components.Shared;

/// <summary>A number with its noun in singular or plural: "1 leerling", "3 leerlingen".</summary>
public static class DutchCount
{
    public static string Of(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
