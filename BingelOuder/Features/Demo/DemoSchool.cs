using BingelOuder.Domain;

namespace BingelOuder.Features.Demo;

public sealed record DemoSchool(School School, IReadOnlyList<PracticeTask> Tasks);
