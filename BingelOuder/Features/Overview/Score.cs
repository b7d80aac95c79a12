namespace BingelOuder.Features.Overview;

/// <summary>
/// A practice result: the sum of correct answers over the sum of all answers, as a whole
/// percentage (half rounds up) and the band that percentage falls in.
/// </summary>
public sealed record Score(int Correct, int Total)
{
    public const int VeryGoodFrom = 85;
    public const int GoodFrom = 70;
    public const int SufficientFrom = 55;

    public int Percent => Total == 0 ? 0 : (int)Math.Round(100m * Correct / Total, MidpointRounding.AwayFromZero);

    public ScoreBand Band => Percent switch
    {
        >= VeryGoodFrom => ScoreBand.VeryGood,
        >= GoodFrom => ScoreBand.Good,
        >= SufficientFrom => ScoreBand.Sufficient,
        _ => ScoreBand.Struggling,
    };

    /// <summary>The band in the plain words a parent reads (nl-BE).</summary>
    public string BandWord => Band switch
    {
        ScoreBand.VeryGood => "zeer goed",
        ScoreBand.Good => "goed",
        ScoreBand.Sufficient => "voldoende",
        _ => "nog moeilijk",
    };
}
