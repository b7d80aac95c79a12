using BingelOuder.Features.Linking;

namespace BingelOuder.Tests.Linking;

public sealed class ParentCodeTests
{
    [Fact]
    public void Alphabet_has_no_look_alikes()
    {
        foreach (var c in "01OIL")
        {
            Assert.DoesNotContain(c, ParentCodeFormat.Alphabet);
        }

        Assert.Equal(ParentCodeFormat.Alphabet.Length, ParentCodeFormat.Alphabet.Distinct().Count());
    }

    [Fact]
    public void A_code_carries_at_least_forty_bits()
    {
        var bits = ParentCodeFormat.Length * Math.Log2(ParentCodeFormat.Alphabet.Length);

        Assert.True(bits >= 40, $"only {bits:F1} bits");
    }

    [Fact]
    public void Generated_codes_use_only_the_alphabet_and_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 20_000).Select(_ => ParentCodeGenerator.NewCode()).ToList();

        Assert.All(codes, c => Assert.Equal(ParentCodeFormat.Length, c.Length));
        Assert.All(codes, c => Assert.All(c, ch => Assert.Contains(ch, ParentCodeFormat.Alphabet)));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        var perChar = codes.SelectMany(c => c).GroupBy(c => c).Select(g => g.Count()).ToList();
        var expected = 20_000.0 * ParentCodeFormat.Length / ParentCodeFormat.Alphabet.Length;
        Assert.All(perChar, n => Assert.InRange(n, expected * 0.9, expected * 1.1));
    }

    [Theory]
    [InlineData("k7qmx-4xtpa", "K7QMX4XTPA")]
    [InlineData(" K7QMX 4XTPA ", "K7QMX4XTPA")]
    [InlineData("K7-QM-X4-XT-PA", "K7QMX4XTPA")]
    public void Input_is_forgiving_about_case_spaces_and_dashes(string typed, string expected)
    {
        Assert.Equal(expected, ParentCodeFormat.Normalize(typed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("K7QMX4XTP")]
    [InlineData("K7QMX4XTPAB")]
    [InlineData("K7QMX4XTP0")]
    [InlineData("K7QMX4XTP!")]
    public void Wrong_length_or_characters_are_not_a_code(string typed)
    {
        Assert.Null(ParentCodeFormat.Normalize(typed));
    }

    [Fact]
    public void Display_groups_the_code()
    {
        Assert.Equal("K7QMX-4XTPA", ParentCodeFormat.Display("K7QMX4XTPA"));
    }
}
