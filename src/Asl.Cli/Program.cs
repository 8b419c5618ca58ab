using System.Text;

// UTF-8 without a byte order mark whatever the console's code page, so JSON output can be piped as it is.
// AutoFlush: long-running commands (serve) must show their output as it happens.
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
try
{
    return Asl.Cli.Cli.Run(args, stdout, Console.Error);
}
finally
{
    try
    {
        stdout.Flush();
    }
    catch (IOException)
    {
        // stdout was closed early (asl validate ... | head); the exit code is already decided.
    }
}
