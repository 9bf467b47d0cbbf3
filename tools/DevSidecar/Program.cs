using DevSidecar.Hosting;

await DevSidecarHost.Create(args).RunAsync();
