using PdfSharp.Drawing;

namespace BingelOuder.Infrastructure.Pdf;

public sealed record FittedText(XFont Font, IReadOnlyList<string> Lines);
