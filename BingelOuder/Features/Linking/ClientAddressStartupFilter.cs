namespace BingelOuder.Features.Linking;

/// <summary>
/// Puts the request's client address into the scoped <see cref="ClientAddress"/> at the start of the
/// pipeline. Behind a reverse proxy the forwarded-headers middleware must run first (see README).
/// </summary>
internal sealed class ClientAddressStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            context.RequestServices.GetRequiredService<ClientAddress>().Value =
                ClientAddress.ToKey(context.Connection.RemoteIpAddress);
            await nextMiddleware(context);
        });
        next(app);
    };
}
