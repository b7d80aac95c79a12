using BingelOuder.Components;
using BingelOuder.Data;
using BingelOuder.Features.Accounts;
using BingelOuder.Features.Demo;
using BingelOuder.Features.Linking;
using BingelOuder.Features.Overview;
using BingelOuder.Features.ResultsFeed;
using BingelOuder.Features.Printouts;
using BingelOuder.Features.SchoolAdmin;
using BingelOuder.Features.SchoolAdmin.Onboarding;
using BingelOuder.Features.Teaching;
using BingelOuder.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddAppData(builder.Configuration, builder.Environment);
builder.Services.AddDataProtection()
    .SetApplicationName("BingelOuder")
    .PersistKeysToDbContext<AppDbContext>();
builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>();
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddAccounts(builder.Environment);
builder.Services.AddParentLinking();
builder.Services.AddTeaching();
builder.Services.AddPrintouts();
builder.Services.AddSchoolAdmin();
builder.Services.AddParentOverview();
builder.Services.AddResultsFeed();
builder.Services.AddDemoSeed(builder.Configuration);

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/fout", createScopeForErrors: true);
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapHealth();
app.MapAccounts();
app.MapResultsFeed();
app.MapPrintouts();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.InitializeDatabaseAsync();
if (await AddSchoolCommand.TryRunAsync(app, args) is { } exitCode)
{
    return exitCode;
}

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
