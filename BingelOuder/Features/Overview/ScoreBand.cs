namespace BingelOuder.Features.Overview;

/// <summary>Bands of the whole percentage: 85 and up, 70 to 84, 55 to 69, below 55.</summary>
public enum ScoreBand
{
    Struggling = 0,
    Sufficient = 1,
    Good = 2,
    VeryGood = 3,
}
