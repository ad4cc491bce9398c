using Switchboard.Data;
using Switchboard.Health;

var builder = WebApplication.CreateBuilder(args);

builder.AddData();
builder.AddHealth();

var app = builder.Build();

app.MapHealth();

app.Run();

/// <summary>The app's entry point; public so that tests can host it.</summary>
public partial class Program;
