namespace BingelOuder.Features.SchoolAdmin.Wizard;

public sealed record WizardStep(int Number, string Title, string Href)
{
    public static readonly IReadOnlyList<WizardStep> All =
    [
        new(1, "Schoolgegevens", "/schoolbeheer/schoolgegevens"),
        new(2, "Klassen", "/schoolbeheer/klassen"),
        new(3, "Leerkrachten", "/schoolbeheer/leerkrachten"),
        new(4, "Leerlingen", "/schoolbeheer/leerlingen"),
        new(5, "Klassen toewijzen", "/schoolbeheer/toewijzen"),
        new(6, "Oudermodule", "/schoolbeheer/oudermodule"),
        new(7, "Koppelingen", "/schoolbeheer/koppelingen"),
        new(8, "Overzichten en lijsten", "/schoolbeheer/overzichten"),
    ];
}
