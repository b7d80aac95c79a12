using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Components;

namespace BingelOuder.Features.Linking;

/// <summary>
/// The client's network address for the attempt limits. Filled from each request by
/// <see cref="ClientAddressStartupFilter"/>, and carried into the interactive circuit as persisted
/// prerender state, because interactive components have no HttpContext. Blazor Server encrypts that
/// state with Data Protection, so a browser cannot choose its own address.
/// </summary>
public sealed class ClientAddress
{
    public const string Unknown = "unknown";

    [PersistentState]
    public string? Value { get; set; }

    /// <summary>The limit key; every client whose address could not be read shares one bucket.</summary>
    public string Key => Value ?? Unknown;

    /// <summary>
    /// IPv4 as is; IPv6 reduced to its /64 network, because one home or server usually holds a
    /// whole /64 and could otherwise change address per attempt.
    /// </summary>
    public static string? ToKey(IPAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6 || IPAddress.IsLoopback(address))
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
