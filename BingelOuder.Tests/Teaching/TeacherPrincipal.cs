using System.Security.Claims;
using BingelOuder.Domain;

namespace BingelOuder.Tests.Teaching;

/// <summary>A signed-in teacher as the services see one, for tests that call services directly.</summary>
public static class TeacherPrincipal
{
    public static ClaimsPrincipal For(string userId) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Role, Roles.Teacher)], "Test"));
}
