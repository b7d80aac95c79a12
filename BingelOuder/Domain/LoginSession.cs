namespace BingelOuder.Domain;

/// <summary>
/// One signed-in browser. The login cookie holds only this session's key, so logging out (or deleting
/// the account) ends the session on the server and a copied cookie stops working at once.
/// </summary>
public class LoginSession
{
    /// <summary>A random key of 256 bits, the only thing the cookie refers to.</summary>
    public required string Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>The serialized authentication ticket: the user's claims and the cookie's properties.</summary>
    public required byte[] Ticket { get; set; }

    /// <summary>The account's security stamp at sign-in; a new password ends sessions with an older one.</summary>
    public string? SecurityStamp { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }
}
