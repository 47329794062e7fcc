using System.CommandLine;
using System.Text;
using PressMine.Pipeline;
using PressMine.Segment;

namespace PressMine.Cli.Commands;

public static class SegmentCommand
{
    public static Command Create()
    {
        var noHmm = new Option<bool>("--no-hmm") { Description = "Dictionary words only, no HMM for unknown words" };
        var userDict = new Option<string?>("--user-dict") { Description = "jieba user dictionary (default: corpus/dict/userdict.txt)" };
        var command = new Command("segment", "Segment UTF-8 text from stdin, one output line per input line, tokens separated by a space") { noHmm, userDict };
        command.SetAction(parse =>
        {
            ChineseSegmenter segmenter;
            try { segmenter = ChineseSegmenter.Shared(parse.GetValue(userDict)); }
            catch (SegmenterException e) { Console.Error.WriteLine($"error: {e.Message}"); return ExitCodes.Failed; }
            bool hmm = !parse.GetValue(noHmm);
            using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
            using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
            for (string? line = input.ReadLine(); line is not null; line = input.ReadLine())
            {
                output.Write(string.Join(' ', segmenter.Cut(line, hmm).Select(t => t.Text)));
                output.Write('\n');
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
