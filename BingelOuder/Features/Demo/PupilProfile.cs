using Bogus;

namespace BingelOuder.Features.Demo;

/// <summary>How much a demo pupil practises and how well: most are steady, some barely active.</summary>
internal sealed record PupilProfile(double Diligence, double Ability)
{
    public static PupilProfile Draw(Randomizer random)
    {
        var diligence = random.Double() < 0.12 ? random.Double(0.02, 0.15) : random.Double(0.5, 1.0);
        var ability = random.Double(0.45, 0.95);
        return new PupilProfile(diligence, ability);
    }
}
