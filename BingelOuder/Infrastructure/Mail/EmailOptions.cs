namespace BingelOuder.Infrastructure.Mail;

public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "";

    /// <summary>Folder for .eml files, used when no SMTP host is set.</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    public SmtpOptions Smtp { get; set; } = new();
}
