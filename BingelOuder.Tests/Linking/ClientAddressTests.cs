using System.Net;
using BingelOuder.Features.Linking;

namespace BingelOuder.Tests.Linking;

public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("192.0.2.7", "192.0.2.7")]
    [InlineData("::ffff:192.0.2.7", "192.0.2.7")]
    [InlineData("::1", "::1")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::9", "2001:db8:1:2::/64")]
    public void Addresses_become_limit_keys_with_ipv6_counted_per_network(string address, string key)
    {
        Assert.Equal(key, ClientAddress.ToKey(IPAddress.Parse(address)));
    }

    [Fact]
    public void An_unknown_address_shares_one_bucket()
    {
        var address = new ClientAddress { Value = ClientAddress.ToKey(null) };

        Assert.Equal(ClientAddress.Unknown, address.Key);
    }
}
