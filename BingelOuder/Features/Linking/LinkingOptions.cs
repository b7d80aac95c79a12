namespace BingelOuder.Features.Linking;

/// <summary>How many failed link attempts are allowed, and over which window, per account, address and pupil.</summary>
public sealed class LinkingOptions
{
    public const string Section = "Linking";

    public int AccountAttempts { get; set; } = 5;

    public TimeSpan AccountWindow { get; set; } = TimeSpan.FromMinutes(15);

    public int AddressAttempts { get; set; } = 20;

    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromHours(1);

    public int PupilAttempts { get; set; } = 10;

    public TimeSpan PupilWindow { get; set; } = TimeSpan.FromHours(1);
}
