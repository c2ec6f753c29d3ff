namespace Orders.Exporter.Tests.Support;

/// <summary>
/// A writer of W3C rolling files that remembers every complete line it wrote (by id), for the property test:
/// it appends to its current file, may leave half a line to finish later, rolls to a new file, renames files
/// (rename keeps the inode) and truncates its current file in place (copytruncate).
/// </summary>
public sealed class LogDirectoryModel
{
    private readonly List<string> _files = [];
    private string _current = "";
    private int _nextId = 1;
    private int _nextFile;
    private (int Id, string Remainder)? _partial;

    public LogDirectoryModel(string directory)
    {
        Directory = directory;
        System.IO.Directory.CreateDirectory(directory);
        Roll();
    }

    public string Directory { get; }
    public List<int> Written { get; } = [];

    public void Append(int lines)
    {
        FinishPartialLine();
        for (var i = 0; i < lines; i++)
        {
            WriteLine(_nextId++);
        }
    }

    public void StartPartialLine(int cut)
    {
        if (_partial is not null)
        {
            return;
        }

        var id = _nextId++;
        var line = W3CLines.Request(id);
        var at = 1 + cut * 7 % (line.Length - 1);
        W3CLines.Append(_current, line[..at]);
        _partial = (id, line[at..]);
    }

    public void FinishPartialLine()
    {
        if (_partial is not { } partial)
        {
            return;
        }

        W3CLines.Append(_current, partial.Remainder);
        Written.Add(partial.Id);
        _partial = null;
    }

    public void Roll()
    {
        FinishPartialLine();
        _current = Path.Combine(Directory, $"access-20261128.{_nextFile++:0000}.txt");
        _files.Add(_current);
        W3CLines.Append(_current, W3CLines.Header());
    }

    public void Rename(int which)
    {
        var index = which % _files.Count;
        var renamed = Path.Combine(Directory, $"access-renamed-{_nextFile++:0000}.txt");
        File.Move(_files[index], renamed);
        if (_files[index] == _current)
        {
            _current = renamed;
        }

        _files[index] = renamed;
    }

    public void Truncate() => W3CLines.Truncate(_current);

    private void WriteLine(int id)
    {
        W3CLines.Append(_current, W3CLines.Request(id));
        Written.Add(id);
    }
}
