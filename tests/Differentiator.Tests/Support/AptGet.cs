using System.Diagnostics;

namespace Differentiator.Tests.Support;

/// <summary>
/// Installs a Debian package the tests need (SymPy, tmux) when they run as root on Linux: first as
/// the package lists stand, then, on a fresh machine whose lists are empty, after <c>apt-get update</c>.
/// </summary>
public static class AptGet
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    /// <summary>Tries to install <paramref name="package"/>; whether apt-get said it did.</summary>
    public static bool Install(string package)
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root" || !File.Exists("/usr/bin/apt-get")) return false;
        return Run("install", "-y", "-q", package) || Run("update", "-q") && Run("install", "-y", "-q", package);
    }

    private static bool Run(params string[] args)
    {
        var start = new ProcessStartInfo("/usr/bin/apt-get");
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        return ChildProcess.Run(start, null, Limit).ExitCode == 0;
    }
}
