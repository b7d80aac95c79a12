using BingelOuder.Features.Overview;

namespace BingelOuder.Tests.Overview;

public sealed class ScoreTests
{
    [Theory]
    [InlineData(17, 20, 85, "zeer goed")]
    [InlineData(20, 20, 100, "zeer goed")]
    [InlineData(84, 100, 84, "goed")]
    [InlineData(14, 20, 70, "goed")]
    [InlineData(69, 100, 69, "voldoende")]
    [InlineData(11, 20, 55, "voldoende")]
    [InlineData(109, 200, 55, "voldoende")]
    [InlineData(54, 100, 54, "nog moeilijk")]
    [InlineData(0, 7, 0, "nog moeilijk")]
    public void The_band_follows_the_whole_percentage_a_parent_sees(int correct, int total, int percent, string word)
    {
        var score = new Score(correct, total);

        Assert.Equal(percent, score.Percent);
        Assert.Equal(word, score.BandWord);
    }

    [Fact]
    public void Half_a_percent_rounds_up()
    {
        Assert.Equal(13, new Score(1, 8).Percent);
        Assert.Equal(88, new Score(7, 8).Percent);
    }
}
