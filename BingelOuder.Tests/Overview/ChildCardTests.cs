using AngleSharp.Dom;
using BingelOuder.Features.Overview;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace BingelOuder.Tests.Overview;

public sealed class ChildCardTests : BunitContext
{
    private static readonly ChildSummary Emma = new(7, "Emma", "Claes", "3A", "Basisschool Het Anker", true);

    private static readonly ReportingPeriod Week = ReportingPeriod.Containing(PeriodKind.ThisWeek, new DateOnly(2026, 3, 11));

    private static readonly IReadOnlyList<WeekPractice> TenWeeks = PracticeWeeks.EndingWith(new DateOnly(2026, 3, 11))
        .Mondays.Take(PracticeWeeks.Count).Select((monday, i) => new WeekPractice(monday, i)).ToList();

    public ChildCardTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private static ChildOverview WeekOverview() => new(
        Emma, Week, TasksGiven: 2, TasksMade: 1, ExercisesMade: 3, General: new Score(17, 25),
        Subjects: [new SubjectScore("Frans", 1, new Score(4, 5)), new SubjectScore("Wiskunde", 2, new Score(13, 20))],
        Weeks: TenWeeks,
        RecentTasks:
        [
            new RecentTask("Werkwoorden", "Nederlands", new DateOnly(2026, 3, 10), 0, null),
            new RecentTask("Tafels van 7", "Wiskunde", new DateOnly(2026, 3, 9), 2, new Score(13, 20)),
        ]);

    private IRenderedComponent<ChildCard> RenderCard(
        ChildSummary child, ChildOverview? overview, PeriodKind period = PeriodKind.ThisWeek,
        Action<PeriodKind>? onPeriod = null) =>
        Render<ChildCard>(p => p
            .Add(c => c.Child, child)
            .Add(c => c.Overview, overview)
            .Add(c => c.Period, period)
            .Add(c => c.PeriodChanged, kind => onPeriod?.Invoke(kind)));

    /// <summary>The element's text nodes joined by spaces, as a screen reader would read them in turn.</summary>
    private static string Text(IRenderedComponent<ChildCard> card, string testId) =>
        string.Join(" ", card.Find($"[data-testid='{testId}']").Descendants<IText>().Select(t => t.Data)).Squash();

    [Fact]
    public void The_card_names_the_child_class_and_school()
    {
        var card = RenderCard(Emma, WeekOverview());

        Assert.Equal("Emma Claes", card.Find("h2").TextContent.Trim());
        Assert.Contains("Klas 3A · Basisschool Het Anker", card.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_card_shows_tasks_made_of_given_exercises_and_the_general_result_with_its_band()
    {
        var card = RenderCard(Emma, WeekOverview());

        Assert.StartsWith("Taken gemaakt 1 van 2", Text(card, "tasks"), StringComparison.Ordinal);
        Assert.StartsWith("Oefeningen gemaakt 3", Text(card, "exercises"), StringComparison.Ordinal);
        Assert.StartsWith("Algemeen oefenresultaat 68% voldoende 17 van 25 antwoorden juist.", Text(card, "general"),
            StringComparison.Ordinal);
        Assert.Contains("maandag 9 maart 2026 tot en met zondag 15 maart 2026", Text(card, "period-range"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Each_subject_has_a_row_with_exercises_percentage_and_band()
    {
        var card = RenderCard(Emma, WeekOverview());

        var rows = card.FindAll("section[aria-labelledby='kind-7-vakken'] tbody tr")
            .Select(r => r.TextContent.Squash()).ToList();
        Assert.Equal(["Frans 1 80% goed", "Wiskunde 2 65% voldoende"], rows);
    }

    [Fact]
    public void Recent_tasks_show_date_subject_and_the_childs_result_or_not_made()
    {
        var card = RenderCard(Emma, WeekOverview());

        var rows = card.FindAll("section[aria-labelledby='kind-7-taken'] tbody tr")
            .Select(r => r.TextContent.Squash()).ToList();
        Assert.Equal(
            ["10/3 Werkwoorden Nederlands nog niet gemaakt", "9/3 Tafels van 7 Wiskunde 65% (2 oef.)"], rows);
    }

    [Fact]
    public void The_chart_gets_ten_weeks_and_a_text_for_screen_readers()
    {
        var card = RenderCard(Emma, WeekOverview());

        Assert.Contains("45 oefeningen in de laatste 10 weken", Text(card, "weeks-summary"), StringComparison.Ordinal);
        var described = card.Find("[role='img']").GetAttribute("aria-label")!;
        Assert.StartsWith("Oefeningen per week: week van 5/1: 0, week van 12/1: 1,", described, StringComparison.Ordinal);
        Assert.EndsWith("week van 9/3: 9", described, StringComparison.Ordinal);
        Assert.NotEmpty(card.FindAll(".mud-chart"));
    }

    [Fact]
    public void A_child_without_practice_in_the_period_gets_a_friendly_message_instead_of_a_table()
    {
        var empty = WeekOverview() with { ExercisesMade = 0, TasksMade = 0, General = null, Subjects = [] };

        var card = RenderCard(Emma, empty);

        Assert.Contains("Emma heeft deze week nog niet geoefend.", card.Find(".bo-empty").TextContent.Squash(),
            StringComparison.Ordinal);
        Assert.Empty(card.FindAll("section[aria-labelledby='kind-7-vakken'] table"));
        Assert.StartsWith("Algemeen oefenresultaat – Nog geen oefeningen", Text(card, "general"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_school_with_the_module_off_shows_the_notice_and_no_results()
    {
        var card = RenderCard(Emma with { ParentModuleEnabled = false }, null);

        Assert.Contains("Basisschool Het Anker heeft de oudermodule (nog) niet aangezet",
            card.Find(".bo-module-off").TextContent.Squash(), StringComparison.Ordinal);
        Assert.Empty(card.FindAll("[data-testid]"));
        Assert.Empty(card.FindAll("[role='group']"));
    }

    [Fact]
    public void While_loading_the_card_shows_progress_and_no_numbers()
    {
        var card = RenderCard(Emma, null);

        Assert.NotNull(card.Find("[aria-label='Resultaten laden']"));
        Assert.Empty(card.FindAll("[data-testid='tasks']"));
    }

    [Fact]
    public void Choosing_a_period_asks_for_it_and_the_chosen_period_is_marked_pressed()
    {
        PeriodKind? asked = null;
        var card = RenderCard(Emma, WeekOverview(), PeriodKind.ThisWeek, kind => asked = kind);

        var buttons = card.FindAll("[role='group'] button");
        buttons.Single(b => b.TextContent.Trim() == "Deze maand").Click();

        Assert.Equal(PeriodKind.ThisMonth, asked);
        Assert.Equal(["true", "false", "false"], buttons.Select(b => b.GetAttribute("aria-pressed")));
        Assert.Equal(["Deze week", "Deze maand", "Dit schooljaar"], buttons.Select(b => b.TextContent.Trim()));
    }
}

internal static class TextSquash
{
    /// <summary>Text with runs of white space made one space, as a reader hears it.</summary>
    public static string Squash(this string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
}
