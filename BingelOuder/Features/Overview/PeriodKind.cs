namespace BingelOuder.Features.Overview;

public enum PeriodKind
{
    ThisWeek = 0,
    ThisMonth = 1,
    ThisSchoolYear = 2,
}
