namespace BingelOuder.Features.Overview;

internal static partial class OverviewLog
{
    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Parent {ParentId} asked for the results of pupil {PupilId}, who is not linked to them")]
    public static partial void ChildNotLinked(ILogger logger, string parentId, int pupilId);
}
