using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace BingelOuder.Features.SchoolAdmin.Wizard;

/// <summary>Resolves the acting admin's school once; a step page then loads its own data.</summary>
public abstract class AdminStepBase : ComponentBase
{
    [CascadingParameter]
    protected Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private GetAdminContext GetAdminContext { get; set; } = default!;

    protected AdminContext? Admin { get; private set; }

    protected string? Error { get; set; }

    protected string? Success { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Admin = await GetAdminContext.ExecuteAsync((await AuthenticationState).User);
        if (Admin is not null)
        {
            await LoadAsync(Admin);
        }
    }

    protected abstract Task LoadAsync(AdminContext admin);

    /// <summary>Shows the outcome of an action and reloads the step's data when it succeeded.</summary>
    protected async Task<bool> ShowAsync(AdminResult result, string successMessage)
    {
        Error = result.Error;
        Success = result.Succeeded ? successMessage : null;
        if (result.Succeeded)
        {
            await LoadAsync(Admin!);
        }

        return result.Succeeded;
    }
}
