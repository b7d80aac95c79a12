namespace BingelOuder.Domain;

public class Subject
{
    public int Id { get; set; }

    public required string Name { get; set; }
}
