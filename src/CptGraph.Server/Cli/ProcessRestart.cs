using System.Runtime.InteropServices;
using System.Text;

namespace CptGraph.Server.Cli;

/// <summary>
/// Linux only: replaces the running process image with the same program, arguments and environment plus some
/// variables (<c>execve</c>: the same PID, parent, file descriptors and exit code), for runtime settings that are
/// read only at start. Called before anything has been written or opened, so the restart is invisible but for
/// ~0.1 s of start-up.
/// </summary>
internal static class ProcessRestart
{
    /// <summary>Restarts with <paramref name="variables"/> added; returns only when that is not possible (not Linux, no /proc, exec failed).</summary>
    public static void WithEnvironment(IReadOnlyDictionary<string, string> variables)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        byte[] arguments, environment;
        try
        {
            // The kernel's own copies, byte for byte: nothing is lost to decoding (arguments need not be UTF-8).
            arguments = File.ReadAllBytes("/proc/self/cmdline");
            environment = File.ReadAllBytes("/proc/self/environ");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        if (arguments.Length == 0)
        {
            return;
        }

        var added = new StringBuilder();
        foreach (var (name, value) in variables)
        {
            added.Append(name).Append('=').Append(value).Append('\0');
        }

        var strings = new List<byte[]> { "/proc/self/exe\0"u8.ToArray() };
        var argumentCount = AddNulSeparated(strings, arguments);
        AddNulSeparated(strings, environment);
        AddNulSeparated(strings, Encoding.UTF8.GetBytes(added.ToString()));
        Exec(strings, argumentCount);
    }

    // Each NUL-terminated string of the block (a last one without its NUL included); returns how many.
    private static int AddNulSeparated(List<byte[]> strings, byte[] block)
    {
        var count = 0;
        var rest = block.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)0);
            var text = end < 0 ? rest : rest[..end];
            strings.Add([.. text, 0]);
            count++;
            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        return count;
    }

    // strings: the path, then argumentCount arguments, then the environment.
    private static void Exec(List<byte[]> strings, int argumentCount)
    {
        var handles = strings.Select(s => GCHandle.Alloc(s, GCHandleType.Pinned)).ToList();
        try
        {
            var pointers = handles.Select(h => h.AddrOfPinnedObject()).ToList();
            nint[] argv = [.. pointers.GetRange(1, argumentCount), 0];
            nint[] envp = [.. pointers.GetRange(1 + argumentCount, pointers.Count - 1 - argumentCount), 0];
            execve(pointers[0], argv, envp);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library the runtime cannot name "libc": no restart, as on any other failure.
        }
        finally
        {
            // Reached only when execve failed: the process goes on as it is.
            handles.ForEach(h => h.Free());
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int execve(nint path, nint[] argv, nint[] envp);
}
