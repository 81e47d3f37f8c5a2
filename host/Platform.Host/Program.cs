using Platform.Host.Hosting;

return await HostCommands.RunAsync(args);
