using System.Threading.Channels;
using BingelOuder.Infrastructure.Mail;

namespace BingelOuder.Features.Accounts.Mail;

/// <summary>
/// Account e-mails sent after the answer, so a request's timing and outcome never depend on
/// whether the address has an account (new activation e-mail, forgotten password).
/// </summary>
// Held in memory: mail still waiting when the app stops is lost; the parent can ask again.
public sealed class AccountMailOutbox
{
    private readonly Channel<QueuedMail> _queue =
        Channel.CreateBounded<QueuedMail>(new BoundedChannelOptions(1_000)
        {
            FullMode = BoundedChannelFullMode.DropWrite,
        });

    public bool Enqueue(OutgoingMail mail) => _queue.Writer.TryWrite(new QueuedMail(mail, 0));

    internal bool Requeue(QueuedMail mail) => _queue.Writer.TryWrite(mail);

    internal ChannelReader<QueuedMail> Reader => _queue.Reader;
}
