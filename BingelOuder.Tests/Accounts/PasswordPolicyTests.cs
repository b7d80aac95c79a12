using BingelOuder.Features.Accounts.Passwords;

namespace BingelOuder.Tests.Accounts;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("qwertyuiopasdfgh")]
    [InlineData("Password1234")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("Welkom2026!!")]
    [InlineData("!!monkey123456")]
    [InlineData("dragondragon")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("abcdefghijklm")]
    [InlineData("zyxwvutsrqpo")]
    [InlineData("azertyuiopqsdfgh")]
    [InlineData("hgfdsapoiuytrewq")]
    [InlineData("BingelOuder2026")]
    public void Common_passwords_and_their_usual_stretchings_are_refused(string password)
    {
        Assert.True(CommonPasswords.IsCommon(password));
    }

    [Theory]
    [InlineData("paarse olifant op het dak")]
    [InlineData("Ouder-Wachtwoord-2026")]
    [InlineData("mijn fiets heet Bert")]
    [InlineData("kaas en wijn op vrijdag")]
    [InlineData("Ëén héél lang wachtwoord")]
    public void Ordinary_passphrases_are_accepted(string password)
    {
        Assert.False(CommonPasswords.IsCommon(password));
    }

    [Fact]
    public void The_shipped_list_is_loaded_whole()
    {
        Assert.InRange(CommonPasswords.Count, 49_000, 50_000);
    }
}
