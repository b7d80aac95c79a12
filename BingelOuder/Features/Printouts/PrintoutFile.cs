namespace BingelOuder.Features.Printouts;

public sealed record PrintoutFile(byte[] Content, string ContentType, string FileName);
