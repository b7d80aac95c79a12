using BingelOuder.Domain;
using BingelOuder.Features.Linking;

namespace BingelOuder.Tests.Linking;

public sealed class LinkChildInputTests
{
    private static LinkChildInput Valid() => new()
    {
        ParentCode = "K7QMX-4XTPA", SchoolCode = "DEMO01", ClassName = "3A", ClassNumber = "5",
        Relation = ParentRelation.Grandparent,
    };

    [Fact]
    public void Input_is_forgiving_about_case_spaces_and_dashes_in_every_field()
    {
        var input = new LinkChildInput
        {
            ParentCode = " k7qmx 4xt-pa ", SchoolCode = "demo-01 ", ClassName = " 3 a", ClassNumber = " 05 ",
            Relation = ParentRelation.Parent,
        };

        var check = input.Check();

        Assert.Empty(check.Errors);
        Assert.Equal(new LinkRequest("K7QMX4XTPA", "DEMO01", "3A", 5, ParentRelation.Parent), check.Request);
    }

    [Fact]
    public void Empty_fields_are_each_explained()
    {
        var check = new LinkChildInput().Check();

        Assert.Null(check.Request);
        Assert.Equal("Vul de oudercode in.", check.ErrorFor(nameof(LinkChildInput.ParentCode)));
        Assert.Equal("Vul de schoolcode in.", check.ErrorFor(nameof(LinkChildInput.SchoolCode)));
        Assert.Equal("Vul de klas in, bijvoorbeeld 3A.", check.ErrorFor(nameof(LinkChildInput.ClassName)));
        Assert.Equal("Vul het klasnummer in.", check.ErrorFor(nameof(LinkChildInput.ClassNumber)));
        Assert.Equal("Kies uw relatie tot het kind.", check.ErrorFor(nameof(LinkChildInput.Relation)));
    }

    [Theory]
    [InlineData("K7QMX-4XTP", "10 tekens")]
    [InlineData("K7QMX-4XTPAB", "10 tekens")]
    [InlineData("K7QMX-4XTP0", "0")]
    [InlineData("K7QOX-4XTPA", "O")]
    [InlineData("K7QMX-4XTP!", "!")]
    [InlineData("K7QMX-4XTP\U0001F600", "komen niet voor in een oudercode: \U0001F600.")]
    public void A_code_of_the_wrong_length_or_with_foreign_characters_is_explained(string code, string expected)
    {
        var input = Valid();
        input.ParentCode = code;

        var check = input.Check();

        Assert.Null(check.Request);
        Assert.Contains(expected, check.ErrorFor(nameof(LinkChildInput.ParentCode)));
        Assert.Single(check.Errors);
    }

    [Theory]
    [InlineData("0", "vanaf 1")]
    [InlineData("abc", "is een getal")]
    [InlineData("-3", "is een getal")]
    [InlineData("1000", "is een getal")]
    public void A_class_number_that_is_not_a_positive_number_is_explained(string number, string expected)
    {
        var input = Valid();
        input.ClassNumber = number;

        var check = input.Check();

        Assert.Contains(expected, check.ErrorFor(nameof(LinkChildInput.ClassNumber)));
    }

    [Theory]
    [InlineData("DEMO_01")]
    [InlineData("ÉCOLE1")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTU")]
    public void A_school_code_with_other_characters_or_too_long_is_explained(string schoolCode)
    {
        var input = Valid();
        input.SchoolCode = schoolCode;

        var check = input.Check();

        Assert.NotNull(check.ErrorFor(nameof(LinkChildInput.SchoolCode)));
    }

    [Fact]
    public void A_class_with_punctuation_is_explained()
    {
        var input = Valid();
        input.ClassName = "3A!";

        var check = input.Check();

        Assert.NotNull(check.ErrorFor(nameof(LinkChildInput.ClassName)));
    }
}
