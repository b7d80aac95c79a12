namespace BingelOuder.Features.Demo;

internal static class DemoNames
{
    public static readonly string[] TeacherFirstNames = ["An", "Koen", "Sofie", "Pieter", "Els", "Bart"];

    public static readonly string[] TeacherLastNames =
        ["Claes", "Wouters", "Maes", "Jacobs", "Mertens", "Willems"];

    public static readonly string[] Subjects = ["Wiskunde", "Nederlands", "Frans", "Wereldoriëntatie"];

    public static readonly string[] TaskTopics =
    [
        "Herhaling", "Oefenreeks", "Toets voorbereiden", "Extra oefenen", "Inoefenen", "Weektaak",
    ];
}
