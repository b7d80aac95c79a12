namespace BingelOuder.Infrastructure.Options;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Seed { get; set; }

    public string? Password { get; set; }
}
