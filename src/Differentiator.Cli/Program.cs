using Differentiator.Cli;

return DxApp.Run(args, new CliContext(Console.In, Console.Out, Console.Error)
{
    Debug = InternalError.DebugRequested(Environment.GetEnvironmentVariable(InternalError.DebugVariable)),
});
