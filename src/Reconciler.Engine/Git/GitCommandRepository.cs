using System.Globalization;
using System.Text;

namespace Reconciler.Engine.Git;

/// <summary><see cref="IGitRepository"/> over the <c>git</c> command's plumbing.</summary>
public sealed class GitCommandRepository : IGitRepository
{
    private GitCommandRepository(string root) => Root = root;

    /// <inheritdoc/>
    public string Root { get; }

    /// <summary>
    /// The repository that contains <paramref name="folder"/>, or null when the folder is not inside
    /// a git work tree (or git is not installed).
    /// </summary>
    public static GitCommandRepository? Discover(string folder)
    {
        try
        {
            var (exitCode, output, _) = GitProcess.TryRun(folder, "rev-parse", "--show-toplevel");
            return exitCode == 0 ? new GitCommandRepository(Encoding.UTF8.GetString(output).TrimEnd('\n')) : null;
        }
        catch (GitException)
        {
            return null;
        }
    }

    /// <inheritdoc/>
    public string ResolveCommit(string revision)
    {
        if (revision.StartsWith('-'))
        {
            throw new GitException($"'{revision}' is not a revision; name a branch, tag or commit id.");
        }

        var (exitCode, output, _) = GitProcess.TryRun(Root, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}");
        if (exitCode != 0)
        {
            var shallow = GitProcess.TryRun(Root, "rev-parse", "--is-shallow-repository");
            var hint = Encoding.UTF8.GetString(shallow.Output).Trim() == "true"
                ? " This clone is shallow: fetch the commit (actions/checkout with fetch-depth: 0) or name a commit it has."
                : " Check the name with 'git log --oneline' or 'git branch -a'.";
            throw new GitException($"'{revision}' names no commit in {Root}.{hint}");
        }

        return Encoding.UTF8.GetString(output).Trim();
    }

    /// <inheritdoc/>
    public bool IsDirty(string path)
    {
        var output = GitProcess.Run(Root, "status", "--porcelain=v1", "-z", "--untracked-files=normal", "--", Pathspec(path));
        return output.Length > 0;
    }

    /// <inheritdoc/>
    public IReadOnlyList<GitTreeEntry> ListTree(string commit, string path)
    {
        var arguments = new List<string> { "ls-tree", "-r", "-l", "-z", "--full-tree", commit };
        if (path.Length > 0)
        {
            arguments.Add("--");
            arguments.Add(path.TrimEnd('/') + "/");
        }

        var entries = new List<GitTreeEntry>();
        foreach (var record in GitProcess.SplitNul(GitProcess.Run(Root, [.. arguments])))
        {
            // "<mode> SP <type> SP <object> SP* <size> TAB <path>"
            var tab = record.IndexOf('\t', StringComparison.Ordinal);
            var fields = record[..tab].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields[1] != "blob")
            {
                continue;
            }

            var size = long.Parse(fields[3], CultureInfo.InvariantCulture);
            entries.Add(new GitTreeEntry(record[(tab + 1)..], fields[2], size, IsSymbolicLink: fields[0] == "120000"));
        }

        return entries;
    }

    /// <inheritdoc/>
    public IEnumerable<(string ObjectId, byte[] Content)> ReadBlobs(IEnumerable<string> objectIds)
    {
        var ids = objectIds.ToList();
        if (ids.Count == 0)
        {
            yield break;
        }

        using var process = System.Diagnostics.Process.Start(GitProcess.StartInfo(Root, ["cat-file", "--batch"]))
            ?? throw new GitException("git cat-file could not be started.");
        // Write on another thread: git stops reading stdin while its stdout pipe is full.
        var writer = Task.Run(() =>
        {
            using var input = process.StandardInput;
            foreach (var id in ids)
            {
                input.Write(id);
                input.Write('\n');
            }
        });
        var errors = process.StandardError.ReadToEndAsync();
        var stdout = new BufferedStream(process.StandardOutput.BaseStream, 1 << 16);
        foreach (var id in ids)
        {
            var header = ReadLine(stdout) ?? throw new GitException($"git cat-file ended early: {errors.Result}");
            var parts = header.Split(' ');
            if (parts.Length < 3 || parts[1] == "missing")
            {
                throw new GitException($"git object {id} is missing from the repository.");
            }

            var size = int.Parse(parts[2], CultureInfo.InvariantCulture);
            var content = new byte[size];
            stdout.ReadExactly(content);
            stdout.ReadByte(); // the LF after each object
            yield return (id, content);
        }

        writer.GetAwaiter().GetResult();
        process.WaitForExit();
    }

    /// <inheritdoc/>
    public IReadOnlyList<GitChange> Diff(string fromCommit, string toCommit, string path)
    {
        var arguments = new List<string> { "diff", "--name-status", "-z", "--no-renames", fromCommit, toCommit };
        if (path.Length > 0)
        {
            arguments.Add("--");
            arguments.Add(path.TrimEnd('/') + "/");
        }

        var fields = GitProcess.SplitNul(GitProcess.Run(Root, [.. arguments]));
        var changes = new List<GitChange>();
        for (var i = 0; i + 1 < fields.Length; i += 2)
        {
            changes.Add(new GitChange(fields[i][0], fields[i + 1]));
        }

        return changes;
    }

    private static string Pathspec(string path) => path.Length == 0 ? "." : ":(top)" + path;

    private static string? ReadLine(Stream stream)
    {
        var bytes = new List<byte>(64);
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0)
            {
                return bytes.Count == 0 ? null : Encoding.UTF8.GetString(bytes.ToArray());
            }

            if (b == '\n')
            {
                return Encoding.UTF8.GetString(bytes.ToArray());
            }

            bytes.Add((byte)b);
        }
    }
}
