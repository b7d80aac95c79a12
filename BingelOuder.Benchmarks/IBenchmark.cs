namespace BingelOuder.Benchmarks;

public interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    Task RunAsync(string workFolder);
}
